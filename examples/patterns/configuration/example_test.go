//go:build go1.21

package configuration_test

import (
	"fmt"
	"os"

	"fieldguide.dev/examples/patterns/configuration"
)

// region main

// This is the start of a main function. The example is compiled, not run.
func ExampleLoad() {
	cfg, err := configuration.Load(os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
		os.Exit(2) // fail at startup, before serving anything
	}
	_ = cfg // pass cfg.Addr, cfg.DatabaseURL… to the constructors that need them
}

// endregion main
