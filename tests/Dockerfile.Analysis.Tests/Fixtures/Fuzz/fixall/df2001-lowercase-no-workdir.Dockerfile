from alpine as X
run echo ${A:-${B:-${C}}}
copy . .
run pip install -r requirements.txt
