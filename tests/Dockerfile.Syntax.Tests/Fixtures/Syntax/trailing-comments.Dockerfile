FROM alpine

# a comment after the last instruction
   
