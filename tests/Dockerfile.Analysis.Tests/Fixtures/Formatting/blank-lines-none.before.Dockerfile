FROM alpine


RUN a

# comment


RUN b
