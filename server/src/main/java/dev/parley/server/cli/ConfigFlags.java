package dev.parley.server.cli;

import dev.parley.server.config.ConfigLoader;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.config.Setting;
import dev.parley.server.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** One flag per configuration key (from the table in {@link Settings}), plus {@code --config FILE}. */
final class ConfigFlags {
    private static final String CONFIG = "--config";

    private ConfigFlags() {
    }

    static void addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder(CONFIG).paramLabel("FILE").type(Path.class)
                .description("properties file with configuration keys (also PARLEY_CONFIG)").build());
        for (Setting setting : Settings.ALL) {
            spec.addOption(OptionSpec.builder(setting.flagName()).paramLabel("VALUE").type(String.class)
                    .description(setting.description() + " (" + setting.envName() + ", default: '"
                            + setting.defaultValue() + "')").build());
        }
    }

    static ParleyConfig load(CommandSpec spec, Map<String, String> environment) {
        Map<String, String> flags = new HashMap<>();
        for (Setting setting : Settings.ALL) {
            String value = spec.findOption(setting.flagName()).getValue();
            if (value != null) {
                flags.put(setting.key(), value);
            }
        }
        Path file = spec.findOption(CONFIG).getValue();
        if (file == null && environment.get("PARLEY_CONFIG") != null) {
            file = Path.of(environment.get("PARLEY_CONFIG"));
        }
        return new ConfigLoader(environment).load(file, flags);
    }
}
