// shim_transliterator.cpp: transliterators (such as "Hans-Hant", Simplified to
// Traditional Chinese): the transliterator handle and its C API.

#include "shim_internal.hpp"

#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <utility>

using namespace errmsg_icu_detail;

// ---- Handle -------------------------------------------------------------------

struct errmsg_icu_transliterator {
  std::mutex mutex;
  std::unique_ptr<icu::Transliterator> transliterator;
  icu::UnicodeString buffer;

  errmsg_icu_transliterator() { liveHandles.fetch_add(1, std::memory_order_relaxed); }
  ~errmsg_icu_transliterator() { liveHandles.fetch_sub(1, std::memory_order_relaxed); }
};

// ---- C API ----------------------------------------------------------------------

extern "C" {

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

}  // extern "C"
