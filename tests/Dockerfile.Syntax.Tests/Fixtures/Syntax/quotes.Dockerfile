FROM alpine
WORKDIR "double $A ${B}" 'single $A' mix"ed"'q'
WORKDIR "escaped \" quote" 'it'\''s'
WORKDIR "unterminated
WORKDIR 'also unterminated
