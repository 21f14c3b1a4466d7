FROM alpine
RUN <<A cat && <<B cat
first
A
second
B
RUN python3 3<<FD <<EOF
fd three
FD
print("hi")
EOF
