FROM alpine
RUN apk add \
# a comment line inside the continuation
    curl \

    git \
    	# indented comment
    make
RUN echo "one \
two"
