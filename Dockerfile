# The app image: build the jar first (mvn -B -DskipTests package), then docker build -t creator-compass .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 compass
USER compass
COPY app/target/creator-compass-exec.jar /opt/compass/creator-compass.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/compass/creator-compass.jar"]
