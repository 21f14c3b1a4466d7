FROM alpine
CMD ["echo", "a \"quoted\" word", "\u0041\/"]
ENTRYPOINT []
RUN [ "sh" , "-c" ,"echo spaced" ]
CMD [ "broken", ]
RUN ["nested", ["array"]]
RUN ["number", 1]
SHELL ["pwsh", "-Command"]
RUN [ -f /etc/os-release ] && cat /etc/os-release
RUN [ "$A" = "b" ] || exit 1
CMD [ 'single', 'quoted' ]
RUN [ -n "$X" ]
RUN [ 'sh' ]
