# Sanitizer and fuzzing builds (CI runs both: scripts/run-sanitized-tests.sh, scripts/run-fuzzers.sh).
#
# TRIAGE_SANITIZE: a list of sanitizers, e.g. "address;undefined". Every target of the tree (libraries,
# executables, tests) is compiled and linked with them; any UBSan report aborts the program, so a
# finding fails its test instead of scrolling past in the log.
#
# TRIAGE_FUZZ: build the libFuzzer targets in tests/fuzz (clang only). The libraries they link are
# instrumented for coverage (fuzzer-no-link) and built with ASan + UBSan; only the fuzz executables
# link libFuzzer's main.

set(TRIAGE_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. \"address;undefined\"")
option(TRIAGE_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(TRIAGE_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(WARNING "TRIAGE_FUZZ needs clang (libFuzzer); the fuzz targets are skipped with ${CMAKE_CXX_COMPILER_ID}")
    set(TRIAGE_FUZZ OFF)
endif()

set(_triage_sanitizers ${TRIAGE_SANITIZE})
if(TRIAGE_FUZZ)
    list(APPEND _triage_sanitizers address undefined)
endif()
list(REMOVE_DUPLICATES _triage_sanitizers)

if(_triage_sanitizers)
    if(MSVC)
        message(FATAL_ERROR "TRIAGE_SANITIZE/TRIAGE_FUZZ are for gcc and clang")
    endif()
    list(JOIN _triage_sanitizers "," _triage_sanitizer_list)
    # Directory-scoped, before any add_subdirectory(): applies to every target of the tree.
    add_compile_options(-fsanitize=${_triage_sanitizer_list} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${_triage_sanitizer_list})
    if("undefined" IN_LIST _triage_sanitizers)
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    if(TRIAGE_FUZZ)
        # Coverage feedback for libFuzzer in all code, without libFuzzer's main (the tests keep theirs).
        add_compile_options(-fsanitize=fuzzer-no-link)
    endif()
endif()
