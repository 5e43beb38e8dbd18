//go:build go1.21

// Package configuration loads a service's settings from environment
// variables once, at startup, into a typed struct that is validated before
// anything runs.
package configuration

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"time"
)

// region config

// Config holds every setting the service reads. Other code receives the
// values it needs as parameters; nothing else reads the environment.
type Config struct {
	Addr            string        // PORT, as ":<port>"; default :8080
	DatabaseURL     string        // DATABASE_URL; required
	ShutdownTimeout time.Duration // SHUTDOWN_TIMEOUT; default 20s
	LogLevel        slog.Level    // LOG_LEVEL: debug, info, warn, error; default info
}

// Load reads the configuration through getenv (os.Getenv in main, a map
// in tests) and reports every problem at once, not just the first.
func Load(getenv func(string) string) (Config, error) {
	cfg := Config{Addr: ":8080", ShutdownTimeout: 20 * time.Second, LogLevel: slog.LevelInfo}
	var errs []error

	if port := getenv("PORT"); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			errs = append(errs, fmt.Errorf("PORT=%q: not a port number", port))
		}
		cfg.Addr = ":" + port
	}
	cfg.DatabaseURL = getenv("DATABASE_URL")
	if cfg.DatabaseURL == "" {
		errs = append(errs, errors.New("DATABASE_URL is required"))
	}
	if s := getenv("SHUTDOWN_TIMEOUT"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			errs = append(errs, fmt.Errorf("SHUTDOWN_TIMEOUT=%q: want a positive duration such as 20s", s))
		}
		cfg.ShutdownTimeout = d
	}
	if s := getenv("LOG_LEVEL"); s != "" {
		if err := cfg.LogLevel.UnmarshalText([]byte(s)); err != nil {
			errs = append(errs, fmt.Errorf("LOG_LEVEL=%q: want debug, info, warn or error", s))
		}
	}
	return cfg, errors.Join(errs...) // [!code highlight]
}

// LogValue lets slog log the whole configuration at startup without the
// database credentials: the URL is shown as scheme, host and path only, so
// neither a user:password part nor a password=… query parameter appears.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("addr", c.Addr),
		slog.String("database_url", redact(c.DatabaseURL)),
		slog.Duration("shutdown_timeout", c.ShutdownTimeout),
		slog.String("log_level", c.LogLevel.String()),
	)
}

// String and GoString redact the same way, for %v, %s and %#v.
func (c Config) String() string   { return c.LogValue().String() }
func (c Config) GoString() string { return c.String() }

func redact(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "(set, not shown)" // not a URL, such as "host=db password=…"
	}
	return (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String()
}

// endregion config
