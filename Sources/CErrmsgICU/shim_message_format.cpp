// shim_message_format.cpp: MessageFormat: the value classes each argument
// accepts, where the fault lies when MessageFormat rejects a pattern that
// MessagePattern accepted, the message format handle (arguments matched by
// UTF-8 name, per-call scratch reused) and its C API.

#include "shim_internal.hpp"

#include <unicode/datefmt.h>
#include <unicode/decimfmt.h>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/parseerr.h>
#include <unicode/smpdtfmt.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

using namespace errmsg_icu_detail;

namespace {

// ---- MessagePattern analysis: what MessageFormat needs --------------------------

// Value classes an argument accepts (bit set).
enum : uint8_t { kAcceptText = 1, kAcceptNumber = 2, kAcceptDate = 4, kAcceptAll = 7 };

uint8_t acceptedValues(const ArgumentInfo &info) {
  switch (info.kind) {
  case ERRMSG_ICU_ARG_SELECT:
    return kAcceptText;
  case ERRMSG_ICU_ARG_PLURAL:
  case ERRMSG_ICU_ARG_SELECTORDINAL:
  case ERRMSG_ICU_ARG_CHOICE:
    return kAcceptNumber;
  case ERRMSG_ICU_ARG_SIMPLE:
    if (info.type == "date" || info.type == "time") {
      return kAcceptNumber | kAcceptDate;
    }
    if (info.type == "number" || info.type == "spellout" || info.type == "ordinal" ||
        info.type == "duration") {
      return kAcceptNumber;
    }
    return kAcceptAll;
  default:
    return kAcceptAll;
  }
}

int32_t leadingWhiteSpace(const icu::UnicodeString &text) {
  int32_t count = 0;
  while (count < text.length() && u_isUWhiteSpace(text.charAt(count))) {
    ++count;
  }
  return count;
}

bool isOneOf(const icu::UnicodeString &text, std::initializer_list<const char *> words) {
  for (const char *word : words) {
    if (text.compare(icu::UnicodeString(word, -1, US_INV)) == 0) {
      return true;
    }
  }
  return false;
}

// MessageFormat rejected a pattern that MessagePattern accepted: the fault is
// in a simple argument's type or style. Returns its UTF-16 offset, or -1.
int32_t locateFormatError(const icu::MessagePattern &pattern, const icu::Locale &locale) {
  const int32_t count = pattern.countParts();
  for (int32_t i = 0; i < count; ++i) {
    const icu::MessagePattern::Part &start = pattern.getPart(i);
    if (start.getType() != UMSGPAT_PART_TYPE_ARG_START ||
        start.getArgType() != UMSGPAT_ARG_TYPE_SIMPLE || i + 2 >= count) {
      continue;
    }
    const icu::MessagePattern::Part &typePart = pattern.getPart(i + 2);
    const icu::UnicodeString type = pattern.getSubstring(typePart);
    if (!isOneOf(type, {"number", "date", "time", "spellout", "ordinal", "duration"})) {
      return typePart.getIndex();
    }
    if (i + 3 >= count || pattern.getPartType(i + 3) != UMSGPAT_PART_TYPE_ARG_STYLE) {
      continue;
    }
    const icu::MessagePattern::Part &stylePart = pattern.getPart(i + 3);
    // ARG_STYLE keeps the blanks after the comma; MessageFormat trims them.
    icu::UnicodeString style = pattern.getSubstring(stylePart);
    const int32_t lead = leadingWhiteSpace(style);
    style.trim();
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError{};
    parseError.offset = -1;
    const bool skeleton = style.startsWith(u"::");
    if (type == u"number") {
      if (skeleton) {
        icu::number::NumberFormatter::forSkeleton(style.tempSubString(2), parseError, code);
      } else if (!isOneOf(style, {"integer", "currency", "percent"})) {
        icu::DecimalFormat probe(style, code);
      }
    } else if (type == u"date" || type == u"time") {
      if (skeleton) {
        std::unique_ptr<icu::DateFormat> probe(
            icu::DateFormat::createInstanceForSkeleton(style.tempSubString(2), locale, code));
      } else if (!isOneOf(style, {"short", "medium", "long", "full"})) {
        icu::SimpleDateFormat probe(style, locale, code);
      }
    }
    if (U_FAILURE(code)) {
      int32_t offset = stylePart.getIndex() + lead;
      if (skeleton) {
        offset += 2 + std::max<int32_t>(parseError.offset, 0);
      }
      return std::min(offset, stylePart.getLimit());
    }
  }
  return -1;
}

}  // namespace

// ---- Handle -------------------------------------------------------------------

struct errmsg_icu_message_format {
  std::mutex mutex;
  std::unique_ptr<icu::MessageFormat> format;
  // The distinct argument names the pattern uses, in pattern order, with the
  // value classes each accepts. names feeds MessageFormat::format directly.
  std::vector<icu::UnicodeString> names;
  std::vector<std::string> utf8Names;
  std::vector<uint8_t> accepts;
  // Per-call scratch reused under the mutex: no allocation once warm.
  std::vector<icu::Formattable> values;
  std::vector<uint8_t> supplied;
  icu::UnicodeString output;

  errmsg_icu_message_format() { liveHandles.fetch_add(1, std::memory_order_relaxed); }
  ~errmsg_icu_message_format() { liveHandles.fetch_sub(1, std::memory_order_relaxed); }
};

// ---- C API ----------------------------------------------------------------------

extern "C" {

// MARK: MessageFormat

errmsg_icu_message_format *errmsg_icu_message_format_open(
    const char *pattern, int32_t pattern_length, const char *locale, int32_t locale_length,
    const char *time_zone, int32_t time_zone_length, errmsg_icu_parse_error *parse_error,
    int32_t *status) {
  fillParseError(parse_error, icu::UnicodeString(), -1);
  return guarded<errmsg_icu_message_format *>(
      status, nullptr, [&](UErrorCode &code) -> errmsg_icu_message_format * {
        const icu::UnicodeString text = fromUTF8(pattern, pattern_length);
        UParseError parseError{};
        parseError.offset = -1;
        icu::MessagePattern messagePattern(text, &parseError, code);
        if (U_FAILURE(code)) {
          fillParseError(parse_error, text, parseError.offset);
          return nullptr;
        }

        icu::Locale icuLocale = localeInZone(locale, locale_length, time_zone, time_zone_length, code);
        if (U_FAILURE(code)) {
          return nullptr;
        }

        auto handle = std::make_unique<errmsg_icu_message_format>();
        parseError.offset = -1;
        handle->format.reset(new icu::MessageFormat(text, icuLocale, parseError, code));
        if (U_FAILURE(code)) {
          fillParseError(parse_error, text, locateFormatError(messagePattern, icuLocale));
          return nullptr;
        }

        std::vector<ArgumentInfo> arguments;
        collectArguments(messagePattern, arguments);
        for (const ArgumentInfo &argument : arguments) {
          auto found = std::find(handle->utf8Names.begin(), handle->utf8Names.end(), argument.name);
          const uint8_t accepts = acceptedValues(argument);
          if (found == handle->utf8Names.end()) {
            handle->utf8Names.push_back(argument.name);
            handle->names.push_back(icu::UnicodeString::fromUTF8(argument.name));
            handle->accepts.push_back(accepts);
          } else {
            uint8_t &merged = handle->accepts[static_cast<size_t>(found - handle->utf8Names.begin())];
            merged &= accepts;
            if (merged == 0) {
              merged = kAcceptAll;  // contradictory uses: let ICU judge the value
            }
          }
        }
        handle->values.resize(handle->names.size());
        handle->supplied.resize(handle->names.size());
        return handle.release();
      });
}

void errmsg_icu_message_format_close(errmsg_icu_message_format *format) {
  try {
    delete format;
  } catch (...) {
  }
}

int32_t errmsg_icu_message_format_format(errmsg_icu_message_format *format, const char *blob,
                                         int32_t blob_length,
                                         const errmsg_icu_argument *arguments,
                                         int32_t argument_count, char *out, int32_t capacity,
                                         int32_t *status) {
  return guarded<int32_t>(status, 0, [&](UErrorCode &code) -> int32_t {
    if (format == nullptr || (argument_count > 0 && arguments == nullptr) || argument_count < 0) {
      code = U_ILLEGAL_ARGUMENT_ERROR;
      return 0;
    }
    std::lock_guard<std::mutex> lock(format->mutex);
    const size_t slots = format->names.size();
    std::fill(format->supplied.begin(), format->supplied.end(), 0);

    // Match supplied arguments to the pattern's names by UTF-8 bytes.
    for (int32_t i = 0; i < argument_count; ++i) {
      const errmsg_icu_argument &argument = arguments[i];
      if (argument.name_start < 0 || argument.name_length < 0 ||
          argument.name_start > blob_length - argument.name_length) {
        code = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
      }
      const char *name = blob + argument.name_start;
      for (size_t k = 0; k < slots; ++k) {
        const std::string &candidate = format->utf8Names[k];
        if (candidate.size() != static_cast<size_t>(argument.name_length) ||
            std::memcmp(candidate.data(), name, candidate.size()) != 0) {
          continue;
        }
        uint8_t valueClass = 0;
        icu::Formattable &value = format->values[k];
        switch (argument.type) {
        case ERRMSG_ICU_VALUE_STRING: {
          if (argument.text_start < 0 || argument.text_length < 0 ||
              argument.text_start > blob_length - argument.text_length) {
            code = U_ILLEGAL_ARGUMENT_ERROR;
            return 0;
          }
          valueClass = kAcceptText;
          const char *text = blob + argument.text_start;
          if (value.getType() == icu::Formattable::kString) {
            UErrorCode ignored = U_ZERO_ERROR;
            assignUTF8(value.getString(ignored), text, argument.text_length, code);
          } else {
            value.setString(fromUTF8(text, argument.text_length));
          }
          break;
        }
        case ERRMSG_ICU_VALUE_INT:
          valueClass = kAcceptNumber;
          value.setInt64(argument.int_value);
          break;
        case ERRMSG_ICU_VALUE_DOUBLE:
          valueClass = kAcceptNumber;
          value.setDouble(argument.double_value);
          break;
        case ERRMSG_ICU_VALUE_DATE:
          valueClass = kAcceptDate;
          value.setDate(argument.double_value);
          break;
        default:
          code = U_ILLEGAL_ARGUMENT_ERROR;
          return 0;
        }
        if (U_FAILURE(code)) {
          return 0;
        }
        format->supplied[k] = valueClass;
        break;
      }
    }

    // Every name must be supplied with a value of a class its uses accept.
    for (size_t k = 0; k < slots; ++k) {
      if (format->supplied[k] == 0) {
        code = static_cast<UErrorCode>(ERRMSG_ICU_ARGUMENT_MISSING);
      } else if ((format->supplied[k] & format->accepts[k]) == 0) {
        code = U_ARGUMENT_TYPE_MISMATCH;
      } else {
        continue;
      }
      UErrorCode writeCode = U_ZERO_ERROR;
      const int32_t needed = writeBytes(format->utf8Names[k], out, capacity, writeCode);
      if (writeCode == U_BUFFER_OVERFLOW_ERROR) {
        code = U_BUFFER_OVERFLOW_ERROR;  // caller retries, then sees the real code
      }
      return needed;
    }

    format->output.remove();
    format->format->format(slots > 0 ? format->names.data() : nullptr,
                           slots > 0 ? format->values.data() : nullptr,
                           static_cast<int32_t>(slots), format->output, code);
    if (U_FAILURE(code)) {
      return 0;
    }
    const int32_t needed = writeUTF8(format->output, out, capacity, code);
    if (format->output.getCapacity() > 4096) {
      format->output = icu::UnicodeString();  // do not pin a huge buffer
    }
    return needed;
  });
}

}  // extern "C"
