// shim_plumbing.cpp: the plumbing of errmsg's ICU shim (see shim_internal.hpp
// for the discipline every file follows): the checks that the public status
// codes mirror ICU's, the status and UTF-8 helpers the other files share, and
// the C API that belongs to no handle (status names, the live handle count).

#include "shim_internal.hpp"

#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstring>
#include <string>

static_assert(ERRMSG_ICU_OK == U_ZERO_ERROR, "status mirror");
static_assert(ERRMSG_ICU_ILLEGAL_ARGUMENT == U_ILLEGAL_ARGUMENT_ERROR, "status mirror");
static_assert(ERRMSG_ICU_INTERNAL_ERROR == U_INTERNAL_PROGRAM_ERROR, "status mirror");
static_assert(ERRMSG_ICU_MEMORY_ERROR == U_MEMORY_ALLOCATION_ERROR, "status mirror");
static_assert(ERRMSG_ICU_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "status mirror");
static_assert(ERRMSG_ICU_ARGUMENT_TYPE_MISMATCH == U_ARGUMENT_TYPE_MISMATCH, "status mirror");
static_assert(ERRMSG_ICU_ARGUMENT_MISSING > U_ERROR_LIMIT, "shim code must not collide with ICU");
static_assert(ERRMSG_ICU_UNKNOWN_TIME_ZONE > U_ERROR_LIMIT, "shim code must not collide with ICU");
// An unscoped enum without fixed type can hold any value of its bit width: with
// enumerators from -128 to U_ERROR_LIMIT that is at least [-2^17, 2^17).
static_assert(ERRMSG_ICU_UNKNOWN_TIME_ZONE < (1 << 17) && U_ERROR_LIMIT >= (1 << 16),
              "shim codes must fit UErrorCode's value range");

namespace errmsg_icu_detail {

std::atomic<int32_t> liveHandles{0};

// ---- Plumbing ---------------------------------------------------------------

icu::UnicodeString fromUTF8(const char *bytes, int32_t length) {
  if (bytes == nullptr || length <= 0) {
    return icu::UnicodeString();
  }
  return icu::UnicodeString::fromUTF8(icu::StringPiece(bytes, length));
}

// Refills an existing UnicodeString from UTF-8, reusing its buffer.
void assignUTF8(icu::UnicodeString &target, const char *bytes, int32_t length, UErrorCode &code) {
  if (bytes == nullptr || length <= 0) {
    target.remove();
    return;
  }
  // A UTF-8 sequence never needs more UTF-16 units than it has bytes.
  char16_t *buffer = target.getBuffer(length);
  if (buffer == nullptr) {
    code = U_MEMORY_ALLOCATION_ERROR;
    return;
  }
  int32_t written = 0;
  UErrorCode local = U_ZERO_ERROR;
  u_strFromUTF8WithSub(buffer, target.getCapacity(), &written, bytes, length, 0xFFFD, nullptr,
                       &local);
  target.releaseBuffer(U_SUCCESS(local) ? written : 0);
  if (U_FAILURE(local)) {
    code = local;
  }
}

// Writes UTF-16 text as UTF-8 with the returns-needed-length convention.
int32_t writeUTF8(const icu::UnicodeString &text, char *out, int32_t capacity, UErrorCode &code) {
  if (text.isBogus()) {
    code = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  if (out == nullptr) {
    capacity = 0;
  }
  int32_t needed = 0;
  static const char16_t empty[1] = {0};
  const char16_t *units = text.length() > 0 ? text.getBuffer() : empty;
  u_strToUTF8WithSub(out, capacity, &needed, units, text.length(), 0xFFFD, nullptr, &code);
  return needed;
}

// Writes UTF-8 bytes with the returns-needed-length convention.
int32_t writeBytes(const std::string &bytes, char *out, int32_t capacity, UErrorCode &code) {
  const int32_t needed = static_cast<int32_t>(bytes.size());
  if (out == nullptr || capacity < 0) {
    capacity = 0;
  }
  if (out != nullptr && capacity > 0 && needed > 0) {
    std::memcpy(out, bytes.data(), static_cast<size_t>(std::min(needed, capacity)));
  }
  if (needed < capacity) {
    out[needed] = '\0';
  } else if (needed > capacity) {
    code = U_BUFFER_OVERFLOW_ERROR;
  } else if (needed > 0) {
    code = U_STRING_NOT_TERMINATED_WARNING;
  }
  return needed;
}

std::string toUTF8(const icu::UnicodeString &text) {
  std::string result;
  text.toUTF8String(result);
  return result;
}

void fillParseError(errmsg_icu_parse_error *target, const icu::UnicodeString &pattern,
                    int32_t utf16Offset) {
  if (target == nullptr) {
    return;
  }
  if (utf16Offset < 0) {
    target->offset = -1;
    target->utf16_offset = -1;
    return;
  }
  utf16Offset = std::min(utf16Offset, pattern.length());
  target->utf16_offset = utf16Offset;
  target->offset = pattern.countChar32(0, utf16Offset);
}

}  // namespace errmsg_icu_detail

using namespace errmsg_icu_detail;

// ---- C API ----------------------------------------------------------------------

extern "C" {

const char *errmsg_icu_status_name(int32_t status) {
  if (status == ERRMSG_ICU_ARGUMENT_MISSING) {
    return "U_ARGUMENT_MISSING";
  }
  if (status == ERRMSG_ICU_UNKNOWN_TIME_ZONE) {
    return "U_UNKNOWN_TIME_ZONE";
  }
  return u_errorName(static_cast<UErrorCode>(status));
}

int32_t errmsg_icu_live_handle_count(void) {
  return liveHandles.load(std::memory_order_relaxed);
}

}  // extern "C"
