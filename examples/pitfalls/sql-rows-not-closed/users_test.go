package users

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"sync"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/fakesql"
)

var errReset = errors.New("read tcp 10.0.0.7:5432: connection reset by peer")

func table(rows ...[]driver.Value) *fakesql.Connector {
	return &fakesql.Connector{Columns: []string{"id", "name"}, Rows: rows}
}

// open returns a pool of at most maxOpen connections to c.
func open(t *testing.T, c *fakesql.Connector, maxOpen int) *sql.DB {
	t.Helper()
	db := sql.OpenDB(c)
	db.SetMaxOpenConns(maxOpen)
	t.Cleanup(func() { db.Close() })
	return db
}

// released fails t if a connection is still checked out of db's pool.
func released(t *testing.T, db *sql.DB) {
	t.Helper()
	if n := db.Stats().InUse; n != 0 {
		t.Fatalf("%d connection(s) still in use after ActiveUsers returned", n)
	}
}

// region test
func TestAScanErrorReleasesTheConnection(t *testing.T) {
	// A NULL name cannot be scanned into a string.
	db := open(t, table([]driver.Value{int64(1), "ada"}, []driver.Value{int64(2), nil}), 1)

	if _, err := ActiveUsers(t.Context(), db); err == nil {
		t.Fatal("ActiveUsers scanned NULL into a string without an error")
	}
	released(t, db) // [!code highlight]

	// With the pool's one connection still held, this would wait for ever.
	ctx, cancel := context.WithTimeout(t.Context(), time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		t.Fatalf("the next use of the pool: %v", err)
	}
}

func TestAResultSetThatBreaksPartwayIsAnError(t *testing.T) {
	c := table([]driver.Value{int64(1), "ada"}, []driver.Value{int64(2), "grace"})
	c.Fail = errReset
	db := open(t, c, 1)

	users, err := ActiveUsers(t.Context(), db)
	if !errors.Is(err, errReset) { // [!code highlight]
		t.Fatalf("ActiveUsers = %v, %v; want the connection error", users, err)
	}
	released(t, db)
}

// endregion test

func TestEveryRowIsReturned(t *testing.T) {
	db := open(t, table([]driver.Value{int64(1), "ada"}, []driver.Value{int64(2), "grace"}), 1)
	users, err := ActiveUsers(t.Context(), db)
	if err != nil || len(users) != 2 || users[0] != (User{1, "ada"}) || users[1] != (User{2, "grace"}) {
		t.Fatalf("ActiveUsers = %v, %v", users, err)
	}
	released(t, db)
}

func TestAnEmptyTableIsNoUsersAndNoError(t *testing.T) {
	db := open(t, table(), 1)
	users, err := ActiveUsers(t.Context(), db)
	if err != nil || len(users) != 0 {
		t.Fatalf("ActiveUsers = %v, %v; want no users and no error", users, err)
	}
	released(t, db)
}

func TestAnAlreadyCancelledContextIsAnError(t *testing.T) {
	db := open(t, table([]driver.Value{int64(1), "ada"}), 1)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if users, err := ActiveUsers(ctx, db); !errors.Is(err, context.Canceled) {
		t.Fatalf("ActiveUsers = %v, %v; want context.Canceled", users, err)
	}
	released(t, db)
}

func TestACancelPartwayIsAnError(t *testing.T) {
	c := table([]driver.Value{int64(1), "ada"}, []driver.Value{int64(2), "grace"})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	c.OnRow = func(i int) {
		if i == 1 {
			cancel()
		}
	}
	db := open(t, c, 1)
	if users, err := ActiveUsers(ctx, db); !errors.Is(err, context.Canceled) {
		t.Fatalf("ActiveUsers = %v, %v; want context.Canceled, not the first row alone", users, err)
	}
	released(t, db)
}

func TestConcurrentCallersShareThePool(t *testing.T) {
	c := table([]driver.Value{int64(1), "ada"}, []driver.Value{int64(2), nil})
	db := open(t, c, 2)
	// Every caller's context lasts until all are done, so a connection one
	// of them keeps is not freed by its context ending.
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			if _, err := ActiveUsers(ctx, db); errors.Is(err, context.DeadlineExceeded) {
				t.Error("a caller waited 2s for a connection")
			}
		})
	}
	wg.Wait()
	released(t, db)
}
