// shim_locale.cpp: locales: a caller's BCP 47 tag or POSIX locale id made a
// canonical ICU locale id and an icu::Locale (with a time zone for date
// formats), and the C API on locales: canonical tags, likely subtags, parts,
// plural categories.

#include "shim_internal.hpp"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace errmsg_icu_detail;

namespace {

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

}  // namespace

namespace errmsg_icu_detail {

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

}  // namespace errmsg_icu_detail

// ---- C API ----------------------------------------------------------------------

extern "C" {

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

}  // extern "C"
