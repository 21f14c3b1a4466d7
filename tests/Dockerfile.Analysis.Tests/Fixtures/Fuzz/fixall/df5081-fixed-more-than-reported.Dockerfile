# 
FROM gpine as X
rus X
run ecAS build
