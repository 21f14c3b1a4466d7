RUN --\
 \