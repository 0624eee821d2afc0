package org.cutis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class CutisApplication {
	public static void main(String[] args) {
		SpringApplication.run(CutisApplication.class, args);
	}
}
