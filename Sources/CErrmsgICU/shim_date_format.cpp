// shim_date_format.cpp: date formats as MessageFormat builds them for
// {x, date, ::skeleton}, cut where the pattern's day fields end and its time
// fields begin into a day part kept per local day and a time part (checked
// against the whole format): the pattern cut, the date format handle and its
// C API.

#include "shim_internal.hpp"

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/fieldpos.h>
#include <unicode/smpdtfmt.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <unordered_map>

using namespace errmsg_icu_detail;

namespace {

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

}  // namespace

// ---- Handle -------------------------------------------------------------------

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

// ---- C API ----------------------------------------------------------------------

extern "C" {

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

}  // extern "C"
