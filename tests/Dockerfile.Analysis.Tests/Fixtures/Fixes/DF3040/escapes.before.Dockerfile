from debian:12
maintainer "Jo \"the\" $HOME dev" <jo@example.com>   
run echo hi
