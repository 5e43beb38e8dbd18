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

// Logged or printed, the configuration never shows the database password,
// whichever form the URL takes.
func TestConfigRedactsThePassword(t *testing.T) {
	for _, dsn := range []string{
		"postgres://app:s3cret@db:5432/app",
		"postgres://db:5432/app?user=app&password=s3cret",
		"host=db port=5432 user=app password=s3cret",
	} {
		cfg := configuration.Config{Addr: ":8080", DatabaseURL: dsn}
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, nil)).Info("config", "config", cfg)
		for where, out := range map[string]string{
			"log": buf.String(), "%v": fmt.Sprintf("%v", cfg), "%#v": fmt.Sprintf("%#v", cfg),
		} {
			if strings.Contains(out, "s3cret") {
				t.Errorf("%s shows the password of %q: %s", where, dsn, out)
			}
		}
	}
	cfg := configuration.Config{DatabaseURL: "postgres://app:s3cret@db:5432/app"}
	if !strings.Contains(cfg.String(), "postgres://db:5432/app") {
		t.Errorf("String() = %s, want the host and database kept", cfg)
	}
}

// Values out of range are reported, each with its variable.
func TestLoadRejectsOutOfRange(t *testing.T) {
	for name, value := range map[string]string{"PORT": "70000", "SHUTDOWN_TIMEOUT": "-1s", "LOG_LEVEL": "loud"} {
		_, err := configuration.Load(env(map[string]string{"DATABASE_URL": "postgres://db/app", name: value}))
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%s: err = %v, want an error naming %s", name, value, err, name)
		}
	}
}
