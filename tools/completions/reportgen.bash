# Bash completion for reportgen. Load it with:  source tools/completions/reportgen.bash
# It asks reportgen itself (System.CommandLine's [suggest] directive), so it knows every command and option.
_reportgen_complete() {
    local IFS=$'\n'
    local suggestions
    suggestions=$(reportgen "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
    COMPREPLY=($(compgen -W "${suggestions}" -- "${COMP_WORDS[COMP_CWORD]}"))
}
complete -o default -F _reportgen_complete reportgen
