FROM 0 as 0
run
run