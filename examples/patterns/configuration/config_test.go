//go:build go1.21

package configuration_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"fieldguide.dev/examples/patterns/configuration"
)

// env returns a getenv that reads from a map instead of the process.
func env(vars map[string]string) func(string) string {
	return func(key string) string { return vars[key] }
}

// region test

func TestLoad(t *testing.T) {
	cfg, err := configuration.Load(env(map[string]string{
		"DATABASE_URL": "postgres://db/app",
		"PORT":         "9090",
		"LOG_LEVEL":    "debug",
	}))
	if err != nil {
		t.Fatal(err)
	}
	want := configuration.Config{Addr: ":9090", DatabaseURL: "postgres://db/app",
		ShutdownTimeout: 20 * time.Second, LogLevel: slog.LevelDebug}
	if cfg != want {
		t.Errorf("Load = %+v, want %+v", cfg, want)
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	_, err := configuration.Load(env(map[string]string{"PORT": "http", "SHUTDOWN_TIMEOUT": "20"}))
	for _, want := range []string{"PORT", "DATABASE_URL", "SHUTDOWN_TIMEOUT"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not mention %s", err, want)
		}
	}
}

// endregion test

// Logged or printed, the configuration never shows the database password.
func TestConfigRedactsThePassword(t *testing.T) {
	cfg := configuration.Config{Addr: ":8080", DatabaseURL: "postgres://app:s3cret@db:5432/app"}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("config", "config", cfg)
	for where, out := range map[string]string{"log": buf.String(), "String": cfg.String(), "%v": fmt.Sprintf("%v", cfg)} {
		if strings.Contains(out, "s3cret") {
			t.Errorf("%s shows the password: %s", where, out)
		}
		if !strings.Contains(out, "db:5432") {
			t.Errorf("%s lost the host: %s", where, out)
		}
	}
}
