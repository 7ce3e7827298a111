# CPack: `cpack -G DEB` and `cpack -G TGZ` in the build folder (README, "Install").
# Included by the top-level CMakeLists.txt after every install() rule.

set(CPACK_PACKAGE_NAME alma-p2p-wizard)
set(CPACK_PACKAGE_VENDOR "alma-p2p-wizard maintainers")
set(CPACK_PACKAGE_CONTACT "${P2P_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Configure peer-to-peer resource sharing in an Alma Institution Zone, step by step")
set(CPACK_PACKAGE_DESCRIPTION "Walks resource sharing and fulfillment staff through the fourteen sections of configuring
peer-to-peer resource sharing in an Ex Libris Alma Institution Zone: tick each step, save and
resume, print a completion report, and push the temporary locations and partners through
Alma's API. Every main job also works from the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${P2P_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY alma-p2p-wizard)
set(CPACK_STRIP_FILES ON)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB TGZ)
else()
    set(CPACK_GENERATOR ZIP) # installers for Windows and macOS: docs/packaging.md
endif()
set(CPACK_SOURCE_GENERATOR "") # packages of the program only

# Debian: dependencies come from dpkg-shlibdeps (what the binary links). Qt loads its platform
# plugin (xcb) at run time, out of dpkg-shlibdeps' sight, so the package that holds it is asked
# from dpkg: libqt6gui6 on Debian 12, qt6-qpa-plugins on newer Debian.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
function(p2p_debian_package_of file out)
    set(${out} "" PARENT_SCOPE)
    find_program(P2P_DPKG dpkg)
    if(P2P_DPKG AND EXISTS "${file}")
        execute_process(COMMAND ${P2P_DPKG} -S "${file}" OUTPUT_VARIABLE owner ERROR_QUIET RESULT_VARIABLE result)
        if(result EQUAL 0)
            string(REGEX REPLACE ":.*" "" owner "${owner}") # "libqt6gui6:amd64: /usr/lib/..."
            set(${out} "${owner}" PARENT_SCOPE)
        endif()
    endif()
endfunction()
if(TARGET Qt6::QXcbIntegrationPlugin)
    get_target_property(P2P_XCB_PLUGIN Qt6::QXcbIntegrationPlugin LOCATION)
    p2p_debian_package_of("${P2P_XCB_PLUGIN}" P2P_QPA_PACKAGE)
endif()
if(P2P_QPA_PACKAGE)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${P2P_QPA_PACKAGE}")
endif()
# Qt's own dialogs in German and French; the program's translations are compiled in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)

include(CPack)
