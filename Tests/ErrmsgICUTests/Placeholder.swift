// placeholder; delete when real tests exist
