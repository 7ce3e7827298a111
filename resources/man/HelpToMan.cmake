# Turns the program's --help, and each command's --help, into the man page alma-p2p-wizard.1.
# Run by the build (cmake -P) with PROGRAM, VERSION, DATE, CONFIG_HOME (an empty folder) and
# OUTPUT set. The help texts are the only source, so the man page cannot drift from the program.

function(run_help out)
    # In English whatever the builder's language or settings (Edit > Language).
    execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE LC_ALL=C LANG=C
                            XDG_CONFIG_HOME=${CONFIG_HOME} QT_QPA_PLATFORM=offscreen "${PROGRAM}" ${ARGN} --help
                    OUTPUT_VARIABLE text RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} ${ARGN} --help failed: ${result}")
    endif()
    # The usage line names the program as it was started; the man page names it as installed.
    string(REGEX REPLACE "Usage: [^ \n]*" "Usage: alma-p2p-wizard" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Help text as roff: kept verbatim (.nf), with roff's special characters escaped.
function(as_roff out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

run_help(main_help)
# The commands: the words the "Commands:" block starts its lines with ("  check FILE ...").
string(REGEX MATCH "Commands:\n.*\n\n" commands_block "${main_help}")
string(REGEX MATCHALL "\n  [a-z]+" command_lines "${commands_block}")
set(commands "")
foreach(line ${command_lines})
    string(STRIP "${line}" command)
    list(APPEND commands ${command})
endforeach()
list(REMOVE_DUPLICATES commands)
if(NOT commands)
    message(FATAL_ERROR "no commands found in ${PROGRAM} --help")
endif()

as_roff(main_roff "${main_help}")
set(page ".TH ALMA\\-P2P\\-WIZARD 1 \"${DATE}\" \"alma\\-p2p\\-wizard ${VERSION}\" \"User Commands\"
.SH NAME
alma\\-p2p\\-wizard \\- configure peer\\-to\\-peer resource sharing in an Alma Institution Zone, step by step
.SH SYNOPSIS
.B alma\\-p2p\\-wizard
.RI [ FILE ]
.br
.B alma\\-p2p\\-wizard
.I COMMAND
.RI [ options ]
.SH DESCRIPTION
Without a command, the program opens its window, resuming the setup saved in
.I FILE
at the page it was saved on. The commands below run without a window.
${main_roff}.SH COMMANDS
")
foreach(command ${commands})
    run_help(command_help ${command})
    as_roff(command_roff "${command_help}")
    string(APPEND page ".SS ${command}\n${command_roff}")
endforeach()
string(APPEND page ".SH FILES
.TP
.I *.p2p.json
A setup: the values, the ticked steps and where it was last left. Described in
.I /usr/share/doc/alma\\-p2p\\-wizard/setup\\-file.md
when installed from the package.
")
file(WRITE "${OUTPUT}" "${page}")
