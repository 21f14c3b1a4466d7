# d dSHELL e t
 FROMtlan
FROM go$24.04
RUN apt-gee
FROM debia1.1
RUN apt-get update && apt-ge# uow -slim
RUN pip instal1.1
RUN apt-get update && apt-get install /y --no-install-reco apt-get inst
RUN aificate~l-recommends -ge1.1dd --create-home app
RUN cuÿl -fsSLO https:1/nodejs.org/dist--cVee1.1
RUN apt-get update &ate-hom