# Unit tests of the widget-free library p2pcore (no GUI, QTEST_GUILESS_MAIN).
# Included from tests/CMakeLists.txt: include(CoreTests.cmake)
# Sources are found next to this file, so it works from any including directory.
function(p2p_add_test name)
    add_executable(${name} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/${name}.cpp)
    target_link_libraries(${name} PRIVATE p2pcore p2ptestsupport Qt6::Test ${ARGN})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

p2p_add_test(tst_setupmodel)
p2p_add_test(tst_partnercsvreader)
p2p_add_test(tst_tablemodels)
p2p_add_test(tst_setupfile)
target_compile_definitions(tst_setupfile PRIVATE P2P_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# Crash safety: a helper process saves in a loop (or keeps a recovery copy) and is killed.
add_executable(save_loop ${CMAKE_CURRENT_LIST_DIR}/save_loop.cpp)
target_link_libraries(save_loop PRIVATE p2pcore p2ptestsupport)
p2p_add_test(tst_crashsafety)
target_compile_definitions(tst_crashsafety PRIVATE SAVE_LOOP_PATH="$<TARGET_FILE:save_loop>")
add_dependencies(tst_crashsafety save_loop)
p2p_add_test(tst_validator)
p2p_add_test(tst_ruletext)
p2p_add_test(tst_report)
# The Alma API client, plan, push and verify against the sandbox on 127.0.0.1.
p2p_add_test(tst_almaapi p2papi p2psandbox)
set_tests_properties(tst_almaapi PROPERTIES TIMEOUT 240)
# The API module against Ex Libris' contract files in ../shared/alma-api (read, never copied).
p2p_add_test(tst_almacontract p2papi p2psandbox)
target_compile_definitions(tst_almacontract PRIVATE P2P_ALMA_API_DIR="${PROJECT_SOURCE_DIR}/../shared/alma-api")
# docs/sources.md matches the catalogs it is written from.
p2p_add_test(tst_sourcesdoc)
target_compile_definitions(tst_sourcesdoc PRIVATE P2P_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# Consortium: rosters, member setups from a template, the reciprocity check and its matrix.
p2p_add_test(tst_consortium)
# The live check against the sandbox as a consortium (each member its own institution and key).
p2p_add_test(tst_consortiumlive p2pcli)
set_tests_properties(tst_consortiumlive PROPERTIES TIMEOUT 120)
