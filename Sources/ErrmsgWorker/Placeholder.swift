// placeholder: the worker engine is being written
