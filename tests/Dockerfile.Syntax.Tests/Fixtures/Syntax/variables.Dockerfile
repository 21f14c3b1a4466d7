FROM alpine
WORKDIR $A/${A}/${A:-x}/${A:+y}/${A-z}/${A+w}/${A?msg}
WORKDIR ${A#p}/${A##p}/${A%p}/${A%%p}
WORKDIR ${A/a/b}/${A//a/b}
WORKDIR ${A:-${B:-${C}}}
WORKDIR $1 $ $$ ${_x}
WORKDIR ${
WORKDIR ${A
WORKDIR ${A:}
