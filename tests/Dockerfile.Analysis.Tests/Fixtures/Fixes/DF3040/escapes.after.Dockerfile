from debian:12
label org.opencontainers.image.authors="\"Jo \\\"the\\\" \$HOME dev\" <jo@example.com>"   
run echo hi
