FROM alpine
RUN echo "inside \
     quotes" && echo 'single \
        quoted' && echo $(date \
      +%s) && echo a\ \
     b
RUN echo done \
   && echo ${VAR:-a \
   b} && echo "${X}" \
   && echo end # a comment "with \
      quotes
