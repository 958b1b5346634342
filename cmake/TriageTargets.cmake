# Shared target settings: one warning policy for every library, executable and test.

function(triage_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4)
        if(TRIAGE_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                               -Wnon-virtual-dtor -Woverloaded-virtual)
        if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            # qCDebug(category) << … is Qt's own idiom: its variadic macro gets no arguments.
            target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
        endif()
        if(TRIAGE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    # Only function-pointer connects and explicit string conversions, as the conventions ask.
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_CAST_TO_ASCII
                               QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
                               QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# triage_add_library(name SOURCES ... LIBS ...): a static library for one folder of the tree.
function(triage_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/..")
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    triage_set_warnings(${name})
endfunction()

# triage_add_test(name SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s]): one Qt Test program, one ctest entry.
function(triage_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    triage_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TRIAGE_SOURCE_DIR=${PROJECT_SOURCE_DIR};TRIAGE_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared")
endfunction()
