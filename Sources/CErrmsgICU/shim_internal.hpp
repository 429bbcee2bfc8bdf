// shim_internal.hpp: what the files of errmsg's ICU shim share (the C side is
// include/errmsg_icu.h). Private to the CErrmsgICU target: not in include/, so
// it is no part of the module Swift imports.
//
// Every extern "C" function catches every C++ exception, works on a local
// UErrorCode and reports it through the caller's status out-parameter.
// Handles own their ICU objects and a std::mutex: ICU's MessageFormat creates
// plural rules and number formats lazily inside const methods, and
// transliterators may keep state, so no handle is used by two threads at once.
//
// The shim's files, one concern each:
//   shim_plumbing.cpp        status and UTF-8 helpers, live handle count, status names
//   shim_locale.cpp          locale ids, the locale C API, plural categories
//   shim_date_format.cpp     date formats split into day/time parts
//   shim_pattern.cpp         MessagePattern analysis and the pattern C API
//   shim_message_format.cpp  MessageFormat handles and their C API
//   shim_transliterator.cpp  transliterator handles and their C API
//
// Helpers one file uses stay in an anonymous namespace there; the ones shared
// across files are declared here in errmsg_icu_detail (defined once, in the
// file of their concern) so no internal symbol is duplicated.

#ifndef ERRMSG_SHIM_INTERNAL_HPP
#define ERRMSG_SHIM_INTERNAL_HPP

#include "errmsg_icu.h"

#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <atomic>
#include <cstdint>
#include <new>
#include <string>
#include <vector>

namespace errmsg_icu_detail {

// Handles alive now (shim_plumbing.cpp); each handle's constructor and
// destructor count it.
extern std::atomic<int32_t> liveHandles;

// ---- Plumbing (shim_plumbing.cpp) ---------------------------------------------

// Runs body(UErrorCode&) unless *status already failed; stores the resulting
// status; turns any C++ exception into a status.
template <typename R, typename Body>
R guarded(int32_t *status, R fallback, Body &&body) noexcept {
  if (status == nullptr || *status > U_ZERO_ERROR) {
    return fallback;
  }
  try {
    UErrorCode code = U_ZERO_ERROR;
    R result = body(code);
    *status = code;
    return result;
  } catch (const std::bad_alloc &) {
    *status = U_MEMORY_ALLOCATION_ERROR;
  } catch (...) {
    *status = U_INTERNAL_PROGRAM_ERROR;
  }
  return fallback;
}

icu::UnicodeString fromUTF8(const char *bytes, int32_t length);

// Refills an existing UnicodeString from UTF-8, reusing its buffer.
void assignUTF8(icu::UnicodeString &target, const char *bytes, int32_t length, UErrorCode &code);

// Writes UTF-16 text as UTF-8 with the returns-needed-length convention.
int32_t writeUTF8(const icu::UnicodeString &text, char *out, int32_t capacity, UErrorCode &code);

// Writes UTF-8 bytes with the returns-needed-length convention.
int32_t writeBytes(const std::string &bytes, char *out, int32_t capacity, UErrorCode &code);

std::string toUTF8(const icu::UnicodeString &text);

void fillParseError(errmsg_icu_parse_error *target, const icu::UnicodeString &pattern,
                    int32_t utf16Offset);

// ---- Locales (shim_locale.cpp) --------------------------------------------------

// The icu::Locale for a caller's locale string, with a "timezone" keyword when
// a zone is given: date formats built for it use that zone (also inside
// plural/select branches, which MessageFormat::getFormats does not reach).
icu::Locale localeInZone(const char *locale, int32_t locale_length, const char *time_zone,
                         int32_t time_zone_length, UErrorCode &code);

// ---- MessagePattern analysis (shim_pattern.cpp) -------------------------------

struct ArgumentInfo {
  int32_t kind = ERRMSG_ICU_ARG_NONE;
  int32_t offset = 0;  // scalars
  int32_t limit = 0;   // scalars, just past the closing '}'
  int32_t depth = 0;   // 0 for a top-level argument, 1 inside one, ...
  std::string name;
  std::string type;
  std::string style;
  std::vector<std::string> keywords;
};

void collectArguments(const icu::MessagePattern &pattern, std::vector<ArgumentInfo> &result);

}  // namespace errmsg_icu_detail

#endif  // ERRMSG_SHIM_INTERNAL_HPP
