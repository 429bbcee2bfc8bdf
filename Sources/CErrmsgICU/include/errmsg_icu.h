/*
 * errmsg_icu.h: the C face of errmsg's ICU shim.
 *
 * Pure C: opaque handles, fixed-width integers and UTF-8 byte buffers only.
 * No ICU or C++ type appears here, so Swift imports it without C++ interop.
 *
 * Conventions shared by every function:
 *
 *  - Text in is UTF-8 given as (pointer, byte length). A NULL pointer with
 *    length 0 is the empty string. Ill-formed UTF-8 is replaced by U+FFFD.
 *  - Text out goes to a caller-owned buffer (out, capacity in bytes). The
 *    function returns the length the whole result needs, in bytes, without a
 *    terminating NUL. It writes min(needed, capacity) bytes and adds a NUL
 *    only when there is room for it. When needed > capacity, *status is set to
 *    ERRMSG_ICU_BUFFER_OVERFLOW and the caller retries with a buffer of at
 *    least the returned length. out may be NULL when capacity is 0 (preflight).
 *  - *status receives an ICU UErrorCode value (0 = success, > 0 = failure,
 *    < 0 = warning) or one of the shim's own codes below. Pass it in as 0;
 *    a function called with a failing *status does nothing.
 *    errmsg_icu_status_name() names any of these values.
 *  - No function lets a C++ exception escape: a caught exception is reported
 *    as ERRMSG_ICU_INTERNAL_ERROR (or ERRMSG_ICU_MEMORY_ERROR for bad_alloc).
 *  - Handles are thread-safe: each one is guarded by its own mutex.
 */
#ifndef ERRMSG_ICU_H
#define ERRMSG_ICU_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Status codes -------------------------------------------------------- */

/** U_ZERO_ERROR. */
#define ERRMSG_ICU_OK 0
/** U_ILLEGAL_ARGUMENT_ERROR. */
#define ERRMSG_ICU_ILLEGAL_ARGUMENT 1
/** U_INTERNAL_PROGRAM_ERROR: also used for a caught C++ exception. */
#define ERRMSG_ICU_INTERNAL_ERROR 5
/** U_MEMORY_ALLOCATION_ERROR: also used for a caught std::bad_alloc. */
#define ERRMSG_ICU_MEMORY_ERROR 7
/** U_BUFFER_OVERFLOW_ERROR: the output did not fit; retry with the returned length. */
#define ERRMSG_ICU_BUFFER_OVERFLOW 15
/** U_ARGUMENT_TYPE_MISMATCH: a text value for a numeric argument or the reverse. */
#define ERRMSG_ICU_ARGUMENT_TYPE_MISMATCH 0x1010C
/* The shim's own codes lie above U_ERROR_LIMIT (0x10502 in ICU 72) yet inside
 * the value range of the UErrorCode enum, so C++ may carry them in one. */
/** Not an ICU code: the pattern uses an argument the caller did not supply.
 *  errmsg_icu_status_name() calls it "U_ARGUMENT_MISSING". */
#define ERRMSG_ICU_ARGUMENT_MISSING 0x1F001
/** Not an ICU code: errmsg_icu_message_format_open got a time zone id ICU does
 *  not know. errmsg_icu_status_name() calls it "U_UNKNOWN_TIME_ZONE". */
#define ERRMSG_ICU_UNKNOWN_TIME_ZONE 0x1F002

/**
 * The name of a status code, e.g. "U_UNMATCHED_BRACES". Wraps u_errorName()
 * and adds the shim's own codes. The string is static; never free it.
 */
const char *errmsg_icu_status_name(int32_t status);

/* ---- Parse errors -------------------------------------------------------- */

/** Where a pattern failed to parse (from ICU's UParseError). */
typedef struct errmsg_icu_parse_error {
  /** Offset in Unicode scalars (code points) from the pattern start; -1 if unknown. */
  int32_t offset;
  /** The same offset in UTF-16 code units, as ICU reports it; -1 if unknown. */
  int32_t utf16_offset;
} errmsg_icu_parse_error;

/* ---- MessageFormat ------------------------------------------------------- */

/** An icu::MessageFormat plus the argument names its pattern uses. */
typedef struct errmsg_icu_message_format errmsg_icu_message_format;

/** Kinds of argument value (errmsg_icu_argument.type). */
enum {
  ERRMSG_ICU_VALUE_STRING = 0, /**< Formattable(UnicodeString) from the UTF-8 text */
  ERRMSG_ICU_VALUE_INT = 1,    /**< Formattable(int64_t) from int_value */
  ERRMSG_ICU_VALUE_DOUBLE = 2, /**< Formattable(double) from double_value */
  ERRMSG_ICU_VALUE_DATE = 3    /**< Formattable(UDate, kIsDate), double_value = ms since 1970 */
};

/**
 * One named argument. Names and text values are byte ranges of one shared
 * UTF-8 blob passed next to the array, so the caller needs no per-string
 * pointers.
 */
typedef struct errmsg_icu_argument {
  int32_t name_start;  /**< byte offset of the name in the blob */
  int32_t name_length; /**< byte length of the name */
  int32_t type;        /**< ERRMSG_ICU_VALUE_* */
  int32_t text_start;  /**< ERRMSG_ICU_VALUE_STRING: byte offset of the text in the blob */
  int32_t text_length; /**< ERRMSG_ICU_VALUE_STRING: byte length of the text */
  int64_t int_value;   /**< ERRMSG_ICU_VALUE_INT */
  double double_value; /**< ERRMSG_ICU_VALUE_DOUBLE and ERRMSG_ICU_VALUE_DATE */
} errmsg_icu_argument;

/**
 * Compiles a pattern for a locale. Wraps icu::MessagePattern (for the error
 * position and the argument list) and icu::MessageFormat::MessageFormat(
 * pattern, locale, parseError, status). The locale may be a BCP 47 tag
 * (icu::Locale::forLanguageTag) or an ICU/POSIX id (icu::Locale::createCanonical).
 * time_zone (may be NULL/0 for ICU's default zone) is an Olson id such as
 * "UTC" or "Asia/Shanghai" applied to every date/time sub-format through
 * icu::MessageFormat::getFormats + icu::DateFormat::setTimeZone.
 * (ERRMSG_ICU_UNKNOWN_TIME_ZONE for an id ICU does not know).
 * Returns NULL on failure with *status set and *parse_error filled
 * (parse_error may be NULL).
 */
errmsg_icu_message_format *errmsg_icu_message_format_open(
    const char *pattern, int32_t pattern_length,
    const char *locale, int32_t locale_length,
    const char *time_zone, int32_t time_zone_length,
    errmsg_icu_parse_error *parse_error, int32_t *status);

/** Deletes the handle (icu::MessageFormat::~MessageFormat). NULL is ignored. */
void errmsg_icu_message_format_close(errmsg_icu_message_format *format);

/**
 * Formats with named arguments. Wraps icu::MessageFormat::format(
 * const UnicodeString *argumentNames, const Formattable *arguments, int32_t
 * count, UnicodeString &appendTo, UErrorCode &status) under the handle's mutex.
 *
 * Arguments the pattern does not use are ignored; when a name repeats, the
 * last one wins. Before calling ICU, every argument name the pattern uses
 * (in any branch) must be supplied, else *status = ERRMSG_ICU_ARGUMENT_MISSING;
 * a text value for a plural/selectordinal/choice/number/date argument or a
 * numeric value for a select argument gives ERRMSG_ICU_ARGUMENT_TYPE_MISMATCH.
 * In both cases the output is the offending argument name (still following
 * the returns-needed-length convention) instead of formatted text.
 */
int32_t errmsg_icu_message_format_format(
    errmsg_icu_message_format *format,
    const char *blob, int32_t blob_length,
    const errmsg_icu_argument *arguments, int32_t argument_count,
    char *out, int32_t capacity, int32_t *status);

/** Number of message-format, date-format, transliterator and pattern handles not yet closed
 *  (the shim's own std::atomic counter; no ICU call). */
int32_t errmsg_icu_live_handle_count(void);


/* ---- Date formats ---------------------------------------------------------- */

typedef struct errmsg_icu_date_format errmsg_icu_date_format;

/**
 * A date format as MessageFormat builds one for `{x, date, ::skeleton}`:
 * icu::DateFormat::createInstanceForSkeleton(skeleton, locale) (the locale
 * with a "timezone" keyword when `time_zone` is not empty, as
 * errmsg_icu_message_format_open does). When its pattern is a run of day
 * fields and a run of time-of-day fields, it is cut there into two
 * icu::SimpleDateFormat with the same locale, formatted with one calendar,
 * and the day part's text is kept per local day (Julian day number; up to
 * 1024 days, then it starts over); the cut is kept only if it formats a set of sample instants
 * exactly as the whole format does. NULL on failure.
 */
errmsg_icu_date_format *errmsg_icu_date_format_open(const char *skeleton, int32_t skeleton_length,
                                                    const char *locale, int32_t locale_length,
                                                    const char *time_zone, int32_t time_zone_length,
                                                    int32_t *status);

/** Deletes the handle. NULL is ignored. */
void errmsg_icu_date_format_close(errmsg_icu_date_format *format);

/** 1 when the format is cut into a day part and a time part (see _open), else 0. */
int32_t errmsg_icu_date_format_is_split(errmsg_icu_date_format *format);

/** Formats milliseconds since 1970 as UTF-8 (returns the needed length; see the
 *  buffer convention above). A cut format refuses instants beyond +-1e17 ms
 *  (U_ILLEGAL_ARGUMENT_ERROR): the caller formats those with MessageFormat. */
int32_t errmsg_icu_date_format_format(errmsg_icu_date_format *format, double milliseconds,
                                      char *out, int32_t capacity, int32_t *status);

/* ---- MessagePattern: argument listing ------------------------------------ */

/** The arguments of a parsed pattern, in pattern order. */
typedef struct errmsg_icu_pattern errmsg_icu_pattern;

/** Argument kinds (icu::MessagePattern::Part::getArgType on ARG_START). */
enum {
  ERRMSG_ICU_ARG_NONE = 0,         /**< UMSGPAT_ARG_TYPE_NONE: bare {name} */
  ERRMSG_ICU_ARG_SIMPLE = 1,       /**< UMSGPAT_ARG_TYPE_SIMPLE: {name, type[, style]} */
  ERRMSG_ICU_ARG_CHOICE = 2,       /**< UMSGPAT_ARG_TYPE_CHOICE */
  ERRMSG_ICU_ARG_PLURAL = 3,       /**< UMSGPAT_ARG_TYPE_PLURAL */
  ERRMSG_ICU_ARG_SELECT = 4,       /**< UMSGPAT_ARG_TYPE_SELECT */
  ERRMSG_ICU_ARG_SELECTORDINAL = 5 /**< UMSGPAT_ARG_TYPE_SELECTORDINAL */
};

/**
 * Parses a pattern with icu::MessagePattern::MessagePattern(pattern,
 * parseError, status) (apostrophe mode: ICU's default, DOUBLE_OPTIONAL) and
 * records every argument, nested ones included. NULL on failure.
 */
errmsg_icu_pattern *errmsg_icu_pattern_open(const char *pattern, int32_t pattern_length,
                                            errmsg_icu_parse_error *parse_error,
                                            int32_t *status);

/** Deletes the handle. NULL is ignored. */
void errmsg_icu_pattern_close(errmsg_icu_pattern *pattern);

/** Number of argument occurrences (icu::MessagePattern ARG_START parts). */
int32_t errmsg_icu_pattern_argument_count(const errmsg_icu_pattern *pattern);

/** ERRMSG_ICU_ARG_* of argument i (icu::MessagePattern::Part::getArgType). */
int32_t errmsg_icu_pattern_argument_kind(const errmsg_icu_pattern *pattern, int32_t index);

/** Scalar offset of argument i's '{' (icu::MessagePattern::Part::getIndex, converted
 *  with icu::UnicodeString::countChar32). */
int32_t errmsg_icu_pattern_argument_offset(const errmsg_icu_pattern *pattern, int32_t index);

/** Scalar offset just past argument i's closing '}' (the ARG_LIMIT part's limit). */
int32_t errmsg_icu_pattern_argument_limit(const errmsg_icu_pattern *pattern, int32_t index);

/** Nesting depth of argument i: 0 at the top level of the pattern, 1 inside a
 *  plural/select/choice branch of a top-level argument, and so on. */
int32_t errmsg_icu_pattern_argument_depth(const errmsg_icu_pattern *pattern, int32_t index);

/** Name (or number) of argument i: icu::MessagePattern::getSubstring on ARG_NAME/ARG_NUMBER. */
int32_t errmsg_icu_pattern_argument_name(const errmsg_icu_pattern *pattern, int32_t index,
                                         char *out, int32_t capacity, int32_t *status);

/** Type word of a simple argument (getSubstring on ARG_TYPE), e.g. "number";
 *  empty for other kinds. */
int32_t errmsg_icu_pattern_argument_type(const errmsg_icu_pattern *pattern, int32_t index,
                                         char *out, int32_t capacity, int32_t *status);

/** Style text of a simple argument (getSubstring on ARG_STYLE), e.g. "::compact-short";
 *  empty when absent. */
int32_t errmsg_icu_pattern_argument_style(const errmsg_icu_pattern *pattern, int32_t index,
                                          char *out, int32_t capacity, int32_t *status);

/** Number of selectors of argument i (ARG_SELECTOR parts at its own level; for
 *  choice arguments the ARG_INT/ARG_DOUBLE limits). */
int32_t errmsg_icu_pattern_argument_keyword_count(const errmsg_icu_pattern *pattern,
                                                  int32_t index);

/** Selector k of argument i, e.g. "one", "=0", "other" (getSubstring). */
int32_t errmsg_icu_pattern_argument_keyword(const errmsg_icu_pattern *pattern, int32_t index,
                                            int32_t keyword, char *out, int32_t capacity,
                                            int32_t *status);

/* ---- PluralRules ---------------------------------------------------------- */

/**
 * The plural categories of a locale, sorted by byte value and joined by single
 * spaces, e.g. "few many one other two zero". Wraps icu::PluralRules::forLocale(
 * locale, UPLURAL_TYPE_CARDINAL or UPLURAL_TYPE_ORDINAL, status) and
 * icu::PluralRules::getKeywords.
 */
int32_t errmsg_icu_plural_categories(const char *locale, int32_t locale_length, int32_t ordinal,
                                     char *out, int32_t capacity, int32_t *status);

/* ---- Transliterator ------------------------------------------------------- */

/** An icu::Transliterator with its mutex. */
typedef struct errmsg_icu_transliterator errmsg_icu_transliterator;

/** Wraps icu::Transliterator::createInstance(id, UTRANS_FORWARD, parseError, status).
 *  NULL on failure (for example U_INVALID_ID for an unknown id). */
errmsg_icu_transliterator *errmsg_icu_transliterator_open(const char *id, int32_t id_length,
                                                          int32_t *status);

/** Deletes the handle. NULL is ignored. */
void errmsg_icu_transliterator_close(errmsg_icu_transliterator *transliterator);

/** Wraps icu::Transliterator::transliterate(UnicodeString &) under the handle's mutex. */
int32_t errmsg_icu_transliterator_transliterate(errmsg_icu_transliterator *transliterator,
                                                const char *text, int32_t text_length,
                                                char *out, int32_t capacity, int32_t *status);

/* ---- Locales --------------------------------------------------------------- */

/**
 * Canonical BCP 47 tag of a BCP 47 or POSIX locale id: "zh_CN.UTF-8" gives
 * "zh-CN", "ZH-cn" gives "zh-CN". A POSIX codeset (".UTF-8") and modifier
 * ("@euro") are dropped first. "C", "POSIX", "" and ids whose language ICU
 * does not know give U_ILLEGAL_ARGUMENT_ERROR. Wraps uloc_forLanguageTag (or
 * uloc_canonicalize for ids with '_'), uloc_getISO3Language (language check)
 * and uloc_toLanguageTag(strict).
 */
int32_t errmsg_icu_locale_canonical_tag(const char *id, int32_t id_length,
                                        char *out, int32_t capacity, int32_t *status);

/**
 * The canonical tag maximized with likely subtags: "zh-TW" gives "zh-Hant-TW".
 * Wraps errmsg_icu_locale_canonical_tag's calls, then uloc_addLikelySubtags
 * and uloc_toLanguageTag.
 */
int32_t errmsg_icu_locale_maximize(const char *id, int32_t id_length,
                                   char *out, int32_t capacity, int32_t *status);

/**
 * One part of a locale id, as accepted by errmsg_icu_locale_canonical_tag:
 * part 0 = language (uloc_getLanguage), 1 = script (uloc_getScript),
 * 2 = region (uloc_getCountry). Empty when absent.
 */
int32_t errmsg_icu_locale_part(const char *id, int32_t id_length, int32_t part,
                               char *out, int32_t capacity, int32_t *status);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ERRMSG_ICU_H */
