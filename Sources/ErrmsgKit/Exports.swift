// The vocabulary (ErrorCategory, RetryAdvice, ResponsibleParty, ArgumentType,
// TranslationState) and Diagnostic live in ErrmsgModel, which the build tool
// shares; apps see them through this module.
@_exported public import ErrmsgModel
