# The app image: build the jar first (mvn -B -DskipTests package), then docker build -t creator-compass .
# Debian, so the scraper gets the same chromium and chromium-driver packages it is tested with.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless chromium chromium-driver fonts-liberation \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --create-home compass
USER compass
COPY app/target/creator-compass-exec.jar /opt/compass/creator-compass.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/compass/creator-compass.jar"]
