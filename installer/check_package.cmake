# Builds the .deb with CPack and checks what a user would install: the
# binaries, the .desktop entry, the icon and AppStream metainfo that
# appstreamcli accepts.
set(work ${BINARY_DIR}/package-check)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})

find_program(APPSTREAMCLI appstreamcli REQUIRED)
find_program(DESKTOP_VALIDATE desktop-file-validate)
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --explain
                        ${SOURCE_DIR}/installer/io.github.mcpscope.McpScope.metainfo.xml
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli rejected the metainfo")
endif()
if(DESKTOP_VALIDATE)
    execute_process(COMMAND ${DESKTOP_VALIDATE} ${SOURCE_DIR}/installer/io.github.mcpscope.McpScope.desktop
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "desktop-file-validate: ${out}")
    endif()
endif()

execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB -B ${work} --config ${BINARY_DIR}/CPackConfig.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs ${work}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb could not read ${debs}")
endif()
foreach(expected
        ./usr/bin/mcpscope
        ./usr/bin/mcpscope-cli
        ./usr/share/applications/io.github.mcpscope.McpScope.desktop
        ./usr/share/metainfo/io.github.mcpscope.McpScope.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/io.github.mcpscope.McpScope.svg)
    string(FIND "${contents}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${expected} missing from the package:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
string(FIND "${depends}" "libqt6" at)
if(at EQUAL -1)
    message(FATAL_ERROR "package declares no Qt dependency: ${depends}")
endif()
message("package ok: ${debs}\nDepends: ${depends}")
