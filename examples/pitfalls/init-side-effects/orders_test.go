package initsideeffects

import "testing"

// region key-test

// A test that needs no database. With the Bad package's init it never
// runs: the test binary panics while the package is being initialized.
func TestKey(t *testing.T) {
	if got := Key("ada", 42); got != "order:ada:42" {
		t.Errorf("Key = %q", got)
	}
}

// endregion key-test

func TestOpen(t *testing.T) {
	env := map[string]string{"ORDERS_DATABASE_URL": "postgres://db.internal/orders"}
	cfg, err := ConfigFromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(cfg)
	if err != nil || s.DatabaseHost() != "db.internal" {
		t.Fatalf("Open = %v, %v", s, err)
	}
	if _, err := ConfigFromEnv(func(string) string { return "" }); err == nil {
		t.Error("missing URL: no error")
	}
}

// Open refuses what it cannot use, whichever way the Config was built.
func TestOpenRejectsBadConfig(t *testing.T) {
	for _, cfg := range []Config{{}, {DatabaseURL: "postgres://[::1"}} {
		if _, err := Open(cfg); err == nil {
			t.Errorf("Open(%+v): no error", cfg)
		}
	}
}
