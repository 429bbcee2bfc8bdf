// The system ICU (libicu-dev). Only the C types header is exposed to Swift;
// everything else goes through the CErrmsgICU shim.
#include <unicode/utypes.h>
