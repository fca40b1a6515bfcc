# One INTERFACE target carries the project's compiler settings; every target
# links it instead of repeating flags.
add_library(mcpscope_flags INTERFACE)
target_compile_features(mcpscope_flags INTERFACE cxx_std_20)
target_compile_definitions(mcpscope_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mcpscope_flags INTERFACE -Wall -Wextra -Wno-missing-field-initializers)
endif()
set(CMAKE_CXX_EXTENSIONS OFF)
