// shim_pattern.cpp: MessagePattern analysis: the arguments a pattern uses,
// with their kind, place, nesting, name, type, style and keywords (shared with
// shim_message_format.cpp), the pattern handle and its C API.

#include "shim_internal.hpp"

#include <unicode/messagepattern.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

static_assert(ERRMSG_ICU_ARG_NONE == UMSGPAT_ARG_TYPE_NONE, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_SIMPLE == UMSGPAT_ARG_TYPE_SIMPLE, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_CHOICE == UMSGPAT_ARG_TYPE_CHOICE, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_PLURAL == UMSGPAT_ARG_TYPE_PLURAL, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_SELECT == UMSGPAT_ARG_TYPE_SELECT, "arg type mirror");
static_assert(ERRMSG_ICU_ARG_SELECTORDINAL == UMSGPAT_ARG_TYPE_SELECTORDINAL, "arg type mirror");

using namespace errmsg_icu_detail;

namespace errmsg_icu_detail {

// ---- MessagePattern analysis --------------------------------------------------

// (ArgumentInfo, what it finds per argument, is in shim_internal.hpp.)

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

}  // namespace errmsg_icu_detail

// ---- Handle -------------------------------------------------------------------

struct errmsg_icu_pattern {
  std::vector<ArgumentInfo> arguments;

  errmsg_icu_pattern() { liveHandles.fetch_add(1, std::memory_order_relaxed); }
  ~errmsg_icu_pattern() { liveHandles.fetch_sub(1, std::memory_order_relaxed); }
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

}  // extern "C"
