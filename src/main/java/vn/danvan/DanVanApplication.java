package vn.danvan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** DanVan: the platform for the mass-mobilization work (công tác dân vận) of a province. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class DanVanApplication {

    public static void main(String[] args) {
        SpringApplication.run(DanVanApplication.class, args);
    }
}
