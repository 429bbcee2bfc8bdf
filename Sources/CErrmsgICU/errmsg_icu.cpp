// errmsg_icu.cpp: the C++ side of errmsg's ICU shim (see include/errmsg_icu.h).
//
// Every extern "C" function catches every C++ exception, works on a local
// UErrorCode and reports it through the caller's status out-parameter.
// Handles own their ICU objects and a std::mutex: ICU's MessageFormat creates
// plural rules and number formats lazily inside const methods, and
// transliterators may keep state, so no handle is used by two threads at once.

#include "errmsg_icu.h"

#include <unicode/datefmt.h>
#include <unicode/decimfmt.h>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/parseerr.h>
#include <unicode/plurrule.h>
#include <unicode/smpdtfmt.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/translit.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <unordered_map>
#include <vector>

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
static_assert(ERRMSG_ICU_ARG_NONE == UMSGPAT_ARG_TYPE_NONE, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_SIMPLE == UMSGPAT_ARG_TYPE_SIMPLE, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_CHOICE == UMSGPAT_ARG_TYPE_CHOICE, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_PLURAL == UMSGPAT_ARG_TYPE_PLURAL, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_SELECT == UMSGPAT_ARG_TYPE_SELECT, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_SELECTORDINAL == UMSGPAT_ARG_TYPE_SELECTORDINAL, "arg type mirror");

namespace {

std::atomic<int32_t> liveHandles{0};

// ---- Plumbing ---------------------------------------------------------------

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

// ---- Locales ----------------------------------------------------------------

bool asciiEqualsIgnoringCase(const std::string &a, const char *b) {
  const size_t n = std::strlen(b);
  if (a.size() != n) {
    return false;
  }
  for (size_t i = 0; i < n; ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'a' && x <= 'z') x = static_cast<char>(x - 'a' + 'A');
    if (y >= 'a' && y <= 'z') y = static_cast<char>(y - 'a' + 'A');
    if (x != y) {
      return false;
    }
  }
  return true;
}

// Turns a BCP 47 tag or POSIX locale id into a canonical ICU locale id
// ("zh_Hans_CN"). Returns false for "C", "POSIX", "" and anything whose
// language ICU does not know.
bool canonicalLocaleID(const char *id, int32_t length, std::string &result) {
  std::string text = (id != nullptr && length > 0) ? std::string(id, static_cast<size_t>(length))
                                                   : std::string();
  // POSIX: language[_territory][.codeset][@modifier]
  const size_t cut = text.find_first_of(".@");
  if (cut != std::string::npos) {
    text.resize(cut);
  }
  if (text.empty() || asciiEqualsIgnoringCase(text, "C") ||
      asciiEqualsIgnoringCase(text, "POSIX")) {
    return false;
  }
  for (char &c : text) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == '_') {
      c = '-';
    } else if (!alnum && c != '-') {
      return false;
    }
  }
  UErrorCode code = U_ZERO_ERROR;
  char parsed[ULOC_FULLNAME_CAPACITY];
  int32_t parsedLength = 0;
  uloc_forLanguageTag(text.c_str(), parsed, ULOC_FULLNAME_CAPACITY, &parsedLength, &code);
  if (U_FAILURE(code) || code == U_STRING_NOT_TERMINATED_WARNING ||
      parsedLength != static_cast<int32_t>(text.size())) {
    return false;
  }
  char canonical[ULOC_FULLNAME_CAPACITY];
  uloc_canonicalize(parsed, canonical, ULOC_FULLNAME_CAPACITY, &code);
  if (U_FAILURE(code) || code == U_STRING_NOT_TERMINATED_WARNING) {
    return false;
  }
  char language[ULOC_LANG_CAPACITY];
  const int32_t languageLength = uloc_getLanguage(canonical, language, ULOC_LANG_CAPACITY, &code);
  if (U_FAILURE(code) || languageLength < 2 || languageLength > 3 ||
      std::strcmp(language, "und") == 0) {
    return false;
  }
  const char *iso3 = uloc_getISO3Language(canonical);
  if (iso3 == nullptr || *iso3 == '\0') {
    return false;
  }
  result = canonical;
  return true;
}

// The icu::Locale for a caller's locale string; root when it names none.
icu::Locale makeLocale(const char *id, int32_t length) {
  std::string canonical;
  if (canonicalLocaleID(id, length, canonical)) {
    icu::Locale locale(canonical.c_str());
    if (!locale.isBogus()) {
      return locale;
    }
  }
  return icu::Locale::getRoot();
}

std::string languageTag(const char *localeID, UErrorCode &code) {
  char tag[ULOC_FULLNAME_CAPACITY];
  const int32_t length = uloc_toLanguageTag(localeID, tag, ULOC_FULLNAME_CAPACITY, true, &code);
  if (U_FAILURE(code)) {
    return std::string();
  }
  if (code == U_STRING_NOT_TERMINATED_WARNING) {
    code = U_BUFFER_OVERFLOW_ERROR;
    return std::string();
  }
  return std::string(tag, static_cast<size_t>(length));
}

// The icu::Locale for a caller's locale string, with a "timezone" keyword when
// a zone is given: date formats built for it use that zone (also inside
// plural/select branches, which MessageFormat::getFormats does not reach).
icu::Locale localeInZone(const char *locale, int32_t locale_length, const char *time_zone,
                         int32_t time_zone_length, UErrorCode &code) {
  icu::Locale icuLocale = makeLocale(locale, locale_length);
  if (time_zone != nullptr && time_zone_length > 0) {
    const icu::UnicodeString zoneID = fromUTF8(time_zone, time_zone_length);
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(zoneID));
    icu::UnicodeString resolved;
    if (!zone || zone->getID(resolved) == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID, -1, US_INV)) {
      code = static_cast<UErrorCode>(ERRMSG_ICU_UNKNOWN_TIME_ZONE);
      return icuLocale;
    }
    icuLocale.setKeywordValue("timezone", toUTF8(resolved).c_str(), code);
  }
  return icuLocale;
}

// ---- Date formats split into a day part and a time part --------------------

// Which part of a date-time pattern a pattern letter belongs to: 1 for the
// day (era, year, quarter, month, week, day, weekday), 2 for the time of day
// (hours, minutes, seconds, AM/PM, zone), 0 for letters whose output depends
// on other fields (b, B: "noon" only when minutes and seconds are zero) or
// that this split does not know.
int fieldPart(char16_t letter) {
  switch (letter) {
  case u'G': case u'y': case u'Y': case u'u': case u'U': case u'r': case u'Q': case u'q':
  case u'M': case u'L': case u'w': case u'W': case u'd': case u'D': case u'F': case u'g':
  case u'E': case u'e': case u'c':
    return 1;
  case u'a': case u'h': case u'H': case u'k': case u'K': case u'm': case u's': case u'S':
  case u'A': case u'z': case u'Z': case u'O': case u'v': case u'V': case u'X': case u'x':
    return 2;
  default:
    return 0;
  }
}

// Cuts a SimpleDateFormat pattern where its day fields end and its time
// fields begin (or the reverse): the offset of the first field of the second
// part, and whether the day comes first; false when the fields interleave or
// one is not splittable. Literal text before the cut stays with the first part.
bool splitPattern(const icu::UnicodeString &pattern, int32_t &cut, bool &dayFirst) {
  int first = 0;
  int current = 0;
  cut = -1;
  bool quoted = false;
  for (int32_t i = 0; i < pattern.length(); ++i) {
    const char16_t c = pattern.charAt(i);
    if (c == u'\'') {
      quoted = !quoted;
      continue;
    }
    if (quoted || !((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))) {
      continue;
    }
    const int part = fieldPart(c);
    if (part == 0) {
      return false;
    }
    if (first == 0) {
      first = part;
    } else if (part != current) {
      if (cut >= 0) {
        return false;  // a third run: the parts interleave
      }
      cut = i;
    }
    current = part;
  }
  dayFirst = first == 1;
  return cut > 0 && !quoted;
}

// ---- MessagePattern analysis --------------------------------------------------

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

void collectArguments(const icu::MessagePattern &pattern, std::vector<ArgumentInfo> &result) {
  const icu::UnicodeString &text = pattern.getPatternString();
  const int32_t count = pattern.countParts();
  // Limit part indexes of the arguments that enclose part i.
  std::vector<int32_t> enclosing;
  for (int32_t i = 0; i < count; ++i) {
    const icu::MessagePattern::Part &start = pattern.getPart(i);
    if (start.getType() != UMSGPAT_PART_TYPE_ARG_START) {
      continue;
    }
    while (!enclosing.empty() && enclosing.back() < i) {
      enclosing.pop_back();
    }
    ArgumentInfo info;
    info.kind = static_cast<int32_t>(start.getArgType());
    info.offset = text.countChar32(0, start.getIndex());
    const int32_t limit = pattern.getLimitPartIndex(i);
    info.limit = text.countChar32(0, pattern.getPart(limit).getLimit());
    info.depth = static_cast<int32_t>(enclosing.size());
    enclosing.push_back(limit);
    if (i + 1 < limit) {
      info.name = toUTF8(pattern.getSubstring(pattern.getPart(i + 1)));
    }
    for (int32_t j = i + 2; j < limit; ++j) {
      const icu::MessagePattern::Part &part = pattern.getPart(j);
      switch (part.getType()) {
      case UMSGPAT_PART_TYPE_MSG_START:
      case UMSGPAT_PART_TYPE_ARG_START:
        j = pattern.getLimitPartIndex(j);  // nested: listed on its own
        break;
      case UMSGPAT_PART_TYPE_ARG_TYPE:
        info.type = toUTF8(pattern.getSubstring(part));
        break;
      case UMSGPAT_PART_TYPE_ARG_STYLE: {
        icu::UnicodeString style = pattern.getSubstring(part);
        info.style = toUTF8(style.trim());
        break;
      }
      case UMSGPAT_PART_TYPE_ARG_SELECTOR:
        if (info.kind != ERRMSG_ICU_ARG_CHOICE) {
          info.keywords.push_back(toUTF8(pattern.getSubstring(part)));
        }
        break;
      case UMSGPAT_PART_TYPE_ARG_INT:
      case UMSGPAT_PART_TYPE_ARG_DOUBLE:
        if (info.kind == ERRMSG_ICU_ARG_CHOICE) {
          info.keywords.push_back(toUTF8(pattern.getSubstring(part)));
        }
        break;
      default:
        break;
      }
    }
    result.push_back(std::move(info));
  }
}

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

// ---- Handles ------------------------------------------------------------------

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

struct errmsg_icu_date_format {
  std::mutex mutex;
  // As MessageFormat builds it for {x, date, ::skeleton}.
  std::unique_ptr<icu::DateFormat> whole;
  // The pattern cut in two (both null when it does not split), formatted with
  // one working calendar; the day part is kept per local day.
  std::unique_ptr<icu::SimpleDateFormat> dayPart;
  std::unique_ptr<icu::SimpleDateFormat> timePart;
  bool dayFirst = true;
  std::unique_ptr<icu::Calendar> calendar;
  std::unordered_map<int32_t, icu::UnicodeString> days;  // by Julian day, bounded (kDays)
  icu::UnicodeString output;

  errmsg_icu_date_format() { liveHandles.fetch_add(1, std::memory_order_relaxed); }
  ~errmsg_icu_date_format() { liveHandles.fetch_sub(1, std::memory_order_relaxed); }

  // Formats `millis` into `output`; the split way unless `wholeOnly`.
  void format(UDate millis, bool wholeOnly, UErrorCode &code) {
    output.remove();
    icu::FieldPosition position(icu::FieldPosition::DONT_CARE);
    if (wholeOnly || !dayPart) {
      if (!whole) {
        code = U_INTERNAL_PROGRAM_ERROR;  // a cut format no longer has its whole pattern
        return;
      }
      whole->format(millis, output, position);
      return;
    }
    if (!(millis > -1e17 && millis < 1e17)) {
      code = U_ILLEGAL_ARGUMENT_ERROR;  // far beyond any real timestamp: left to MessageFormat
      return;
    }
    calendar->setTime(millis, code);
    const int32_t day = calendar->get(UCAL_JULIAN_DAY, code);
    if (U_FAILURE(code)) {
      return;
    }
    auto found = days.find(day);
    if (found == days.end()) {
      if (days.size() >= kDays) {
        days.clear();  // bounded: starts over rather than growing
      }
      icu::UnicodeString made;
      dayPart->format(*calendar, made, position);
      found = days.emplace(day, std::move(made)).first;
    }
    const icu::UnicodeString *dayText = &found->second;
    if (dayFirst) {
      output.append(*dayText);
      timePart->format(*calendar, output, position);
    } else {
      timePart->format(*calendar, output, position);
      output.append(*dayText);
    }
  }

  static constexpr size_t kDays = 1024;
};

struct errmsg_icu_pattern {
  std::vector<ArgumentInfo> arguments;

  errmsg_icu_pattern() { liveHandles.fetch_add(1, std::memory_order_relaxed); }
  ~errmsg_icu_pattern() { liveHandles.fetch_sub(1, std::memory_order_relaxed); }
};

struct errmsg_icu_transliterator {
  std::mutex mutex;
  std::unique_ptr<icu::Transliterator> transliterator;
  icu::UnicodeString buffer;

  errmsg_icu_transliterator() { liveHandles.fetch_add(1, std::memory_order_relaxed); }
  ~errmsg_icu_transliterator() { liveHandles.fetch_sub(1, std::memory_order_relaxed); }
};

namespace {
const ArgumentInfo *argumentAt(const errmsg_icu_pattern *pattern, int32_t index) {
  if (pattern == nullptr || index < 0 ||
      static_cast<size_t>(index) >= pattern->arguments.size()) {
    return nullptr;
  }
  return &pattern->arguments[static_cast<size_t>(index)];
}

template <typename Pick>
int32_t writeArgumentText(const errmsg_icu_pattern *pattern, int32_t index, char *out,
                          int32_t capacity, int32_t *status, Pick &&pick) {
  return guarded<int32_t>(status, 0, [&](UErrorCode &code) -> int32_t {
    const ArgumentInfo *info = argumentAt(pattern, index);
    if (info == nullptr) {
      code = U_INDEX_OUTOFBOUNDS_ERROR;
      return 0;
    }
    const std::string *text = pick(*info);
    if (text == nullptr) {
      code = U_INDEX_OUTOFBOUNDS_ERROR;
      return 0;
    }
    return writeBytes(*text, out, capacity, code);
  });
}
}  // namespace

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

// MARK: Date formats

errmsg_icu_date_format *errmsg_icu_date_format_open(const char *skeleton, int32_t skeleton_length,
                                                    const char *locale, int32_t locale_length,
                                                    const char *time_zone, int32_t time_zone_length,
                                                    int32_t *status) {
  return guarded<errmsg_icu_date_format *>(status, nullptr, [&](UErrorCode &code) -> errmsg_icu_date_format * {
    icu::Locale icuLocale = localeInZone(locale, locale_length, time_zone, time_zone_length, code);
    if (U_FAILURE(code)) {
      return nullptr;
    }
    auto handle = std::make_unique<errmsg_icu_date_format>();
    handle->whole.reset(
        icu::DateFormat::createInstanceForSkeleton(fromUTF8(skeleton, skeleton_length), icuLocale, code));
    if (U_FAILURE(code) || !handle->whole) {
      if (U_SUCCESS(code)) {
        code = U_INTERNAL_PROGRAM_ERROR;
      }
      return nullptr;
    }
    auto *simple = dynamic_cast<icu::SimpleDateFormat *>(handle->whole.get());
    icu::UnicodeString pattern;
    int32_t cut = 0;
    if (simple == nullptr || !splitPattern(simple->toPattern(pattern), cut, handle->dayFirst)) {
      return handle.release();
    }
    UErrorCode local = U_ZERO_ERROR;
    const icu::UnicodeString first = pattern.tempSubString(0, cut);
    const icu::UnicodeString second = pattern.tempSubString(cut);
    handle->dayPart.reset(new icu::SimpleDateFormat(handle->dayFirst ? first : second, icuLocale, local));
    handle->timePart.reset(new icu::SimpleDateFormat(handle->dayFirst ? second : first, icuLocale, local));
    handle->calendar.reset(handle->whole->getCalendar()->clone());
    // The split must give what the whole format gives: checked on instants
    // across years, seasons (daylight saving time) and times of day.
    static const double samples[] = {
        0, 1, 86399999, -86400001, 951782400000, 1009843199000, 1111111111000, 1234567890123,
        1300000000000, 1320000000000, 1500000000000, 1509800000000, 1699999999000,
        1709797740000, 1709802161000, 1711846800000, 1730000000000, 1735689599000,
        1742000000000, 1761000000000, 2000000000000, 4102444800000};
    bool same = U_SUCCESS(local) && handle->calendar;
    for (double sample : samples) {
      if (!same) {
        break;
      }
      handle->format(sample, true, local);
      const icu::UnicodeString expected = handle->output;
      handle->format(sample, false, local);
      same = U_SUCCESS(local) && handle->output == expected;
    }
    if (!same) {
      handle->dayPart.reset();
      handle->timePart.reset();
    } else {
      handle->whole.reset();  // the parts do its work; out-of-range instants are refused
    }
    handle->days.clear();
    return handle.release();
  });
}

void errmsg_icu_date_format_close(errmsg_icu_date_format *format) {
  try {
    delete format;
  } catch (...) {
  }
}

int32_t errmsg_icu_date_format_is_split(errmsg_icu_date_format *format) {
  return format != nullptr && format->dayPart ? 1 : 0;
}

int32_t errmsg_icu_date_format_format(errmsg_icu_date_format *format, double milliseconds,
                                      char *out, int32_t capacity, int32_t *status) {
  return guarded<int32_t>(status, 0, [&](UErrorCode &code) -> int32_t {
    if (format == nullptr) {
      code = U_ILLEGAL_ARGUMENT_ERROR;
      return 0;
    }
    std::lock_guard<std::mutex> lock(format->mutex);
    format->format(milliseconds, false, code);
    if (U_FAILURE(code)) {
      return 0;
    }
    return writeUTF8(format->output, out, capacity, code);
  });
}

// MARK: MessagePattern

errmsg_icu_pattern *errmsg_icu_pattern_open(const char *pattern, int32_t pattern_length,
                                            errmsg_icu_parse_error *parse_error,
                                            int32_t *status) {
  fillParseError(parse_error, icu::UnicodeString(), -1);
  return guarded<errmsg_icu_pattern *>(status, nullptr, [&](UErrorCode &code) -> errmsg_icu_pattern * {
    const icu::UnicodeString text = fromUTF8(pattern, pattern_length);
    UParseError parseError{};
    parseError.offset = -1;
    icu::MessagePattern messagePattern(text, &parseError, code);
    if (U_FAILURE(code)) {
      fillParseError(parse_error, text, parseError.offset);
      return nullptr;
    }
    auto handle = std::make_unique<errmsg_icu_pattern>();
    collectArguments(messagePattern, handle->arguments);
    return handle.release();
  });
}

void errmsg_icu_pattern_close(errmsg_icu_pattern *pattern) {
  try {
    delete pattern;
  } catch (...) {
  }
}


int32_t errmsg_icu_pattern_argument_count(const errmsg_icu_pattern *pattern) {
  return pattern == nullptr ? 0 : static_cast<int32_t>(pattern->arguments.size());
}

int32_t errmsg_icu_pattern_argument_kind(const errmsg_icu_pattern *pattern, int32_t index) {
  const ArgumentInfo *info = argumentAt(pattern, index);
  return info == nullptr ? ERRMSG_ICU_ARG_NONE : info->kind;
}

int32_t errmsg_icu_pattern_argument_offset(const errmsg_icu_pattern *pattern, int32_t index) {
  const ArgumentInfo *info = argumentAt(pattern, index);
  return info == nullptr ? -1 : info->offset;
}

int32_t errmsg_icu_pattern_argument_limit(const errmsg_icu_pattern *pattern, int32_t index) {
  const ArgumentInfo *info = argumentAt(pattern, index);
  return info == nullptr ? -1 : info->limit;
}

int32_t errmsg_icu_pattern_argument_depth(const errmsg_icu_pattern *pattern, int32_t index) {
  const ArgumentInfo *info = argumentAt(pattern, index);
  return info == nullptr ? -1 : info->depth;
}

int32_t errmsg_icu_pattern_argument_name(const errmsg_icu_pattern *pattern, int32_t index,
                                         char *out, int32_t capacity, int32_t *status) {
  return writeArgumentText(pattern, index, out, capacity, status,
                           [](const ArgumentInfo &info) { return &info.name; });
}

int32_t errmsg_icu_pattern_argument_type(const errmsg_icu_pattern *pattern, int32_t index,
                                         char *out, int32_t capacity, int32_t *status) {
  return writeArgumentText(pattern, index, out, capacity, status,
                           [](const ArgumentInfo &info) { return &info.type; });
}

int32_t errmsg_icu_pattern_argument_style(const errmsg_icu_pattern *pattern, int32_t index,
                                          char *out, int32_t capacity, int32_t *status) {
  return writeArgumentText(pattern, index, out, capacity, status,
                           [](const ArgumentInfo &info) { return &info.style; });
}

int32_t errmsg_icu_pattern_argument_keyword_count(const errmsg_icu_pattern *pattern,
                                                  int32_t index) {
  const ArgumentInfo *info = argumentAt(pattern, index);
  return info == nullptr ? 0 : static_cast<int32_t>(info->keywords.size());
}

int32_t errmsg_icu_pattern_argument_keyword(const errmsg_icu_pattern *pattern, int32_t index,
                                            int32_t keyword, char *out, int32_t capacity,
                                            int32_t *status) {
  return writeArgumentText(
      pattern, index, out, capacity, status, [keyword](const ArgumentInfo &info) {
        return (keyword < 0 || static_cast<size_t>(keyword) >= info.keywords.size())
                   ? nullptr
                   : &info.keywords[static_cast<size_t>(keyword)];
      });
}

// MARK: PluralRules

int32_t errmsg_icu_plural_categories(const char *locale, int32_t locale_length, int32_t ordinal,
                                     char *out, int32_t capacity, int32_t *status) {
  return guarded<int32_t>(status, 0, [&](UErrorCode &code) -> int32_t {
    const icu::Locale icuLocale = makeLocale(locale, locale_length);
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(
        icuLocale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, code));
    if (U_FAILURE(code) || !rules) {
      return 0;
    }
    std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(code));
    if (U_FAILURE(code) || !keywords) {
      return 0;
    }
    std::vector<std::string> names;
    while (const icu::UnicodeString *keyword = keywords->snext(code)) {
      names.push_back(toUTF8(*keyword));
    }
    if (U_FAILURE(code)) {
      return 0;
    }
    std::sort(names.begin(), names.end());
    std::string joined;
    for (const std::string &name : names) {
      if (!joined.empty()) {
        joined += ' ';
      }
      joined += name;
    }
    return writeBytes(joined, out, capacity, code);
  });
}

// MARK: Transliterator

errmsg_icu_transliterator *errmsg_icu_transliterator_open(const char *id, int32_t id_length,
                                                          int32_t *status) {
  return guarded<errmsg_icu_transliterator *>(
      status, nullptr, [&](UErrorCode &code) -> errmsg_icu_transliterator * {
        UParseError parseError{};
        std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createInstance(
            fromUTF8(id, id_length), UTRANS_FORWARD, parseError, code));
        if (U_FAILURE(code) || !transliterator) {
          if (U_SUCCESS(code)) {
            code = U_INVALID_ID;
          }
          return nullptr;
        }
        auto handle = std::make_unique<errmsg_icu_transliterator>();
        handle->transliterator = std::move(transliterator);
        return handle.release();
      });
}

void errmsg_icu_transliterator_close(errmsg_icu_transliterator *transliterator) {
  try {
    delete transliterator;
  } catch (...) {
  }
}

int32_t errmsg_icu_transliterator_transliterate(errmsg_icu_transliterator *transliterator,
                                                const char *text, int32_t text_length,
                                                char *out, int32_t capacity, int32_t *status) {
  return guarded<int32_t>(status, 0, [&](UErrorCode &code) -> int32_t {
    if (transliterator == nullptr) {
      code = U_ILLEGAL_ARGUMENT_ERROR;
      return 0;
    }
    std::lock_guard<std::mutex> lock(transliterator->mutex);
    assignUTF8(transliterator->buffer, text, text_length, code);
    if (U_FAILURE(code)) {
      return 0;
    }
    transliterator->transliterator->transliterate(transliterator->buffer);
    const int32_t needed = writeUTF8(transliterator->buffer, out, capacity, code);
    if (transliterator->buffer.getCapacity() > 4096) {
      transliterator->buffer = icu::UnicodeString();
    }
    return needed;
  });
}

// MARK: Locales

int32_t errmsg_icu_locale_canonical_tag(const char *id, int32_t id_length, char *out,
                                        int32_t capacity, int32_t *status) {
  return guarded<int32_t>(status, 0, [&](UErrorCode &code) -> int32_t {
    std::string canonical;
    if (!canonicalLocaleID(id, id_length, canonical)) {
      code = U_ILLEGAL_ARGUMENT_ERROR;
      return 0;
    }
    const std::string tag = languageTag(canonical.c_str(), code);
    if (U_FAILURE(code)) {
      return 0;
    }
    return writeBytes(tag, out, capacity, code);
  });
}

int32_t errmsg_icu_locale_maximize(const char *id, int32_t id_length, char *out,
                                   int32_t capacity, int32_t *status) {
  return guarded<int32_t>(status, 0, [&](UErrorCode &code) -> int32_t {
    std::string canonical;
    if (!canonicalLocaleID(id, id_length, canonical)) {
      code = U_ILLEGAL_ARGUMENT_ERROR;
      return 0;
    }
    char maximized[ULOC_FULLNAME_CAPACITY];
    uloc_addLikelySubtags(canonical.c_str(), maximized, ULOC_FULLNAME_CAPACITY, &code);
    if (U_FAILURE(code)) {
      return 0;
    }
    if (code == U_STRING_NOT_TERMINATED_WARNING) {
      code = U_BUFFER_OVERFLOW_ERROR;
      return 0;
    }
    const std::string tag = languageTag(maximized, code);
    if (U_FAILURE(code)) {
      return 0;
    }
    return writeBytes(tag, out, capacity, code);
  });
}

int32_t errmsg_icu_locale_part(const char *id, int32_t id_length, int32_t part, char *out,
                               int32_t capacity, int32_t *status) {
  return guarded<int32_t>(status, 0, [&](UErrorCode &code) -> int32_t {
    std::string canonical;
    if (!canonicalLocaleID(id, id_length, canonical)) {
      code = U_ILLEGAL_ARGUMENT_ERROR;
      return 0;
    }
    char buffer[ULOC_FULLNAME_CAPACITY];
    int32_t length = 0;
    switch (part) {
    case 0:
      length = uloc_getLanguage(canonical.c_str(), buffer, ULOC_FULLNAME_CAPACITY, &code);
      break;
    case 1:
      length = uloc_getScript(canonical.c_str(), buffer, ULOC_FULLNAME_CAPACITY, &code);
      break;
    case 2:
      length = uloc_getCountry(canonical.c_str(), buffer, ULOC_FULLNAME_CAPACITY, &code);
      break;
    default:
      code = U_ILLEGAL_ARGUMENT_ERROR;
      return 0;
    }
    if (U_FAILURE(code)) {
      return 0;
    }
    code = U_ZERO_ERROR;
    return writeBytes(std::string(buffer, static_cast<size_t>(std::max(length, 0))), out,
                      capacity, code);
  });
}

}  // extern "C"
