package orders

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"fieldguide.dev/examples/internal/fakesql"
)

// call is one query as the driver received it.
type call struct {
	query string
	args  []any
}

// server is a database that records every query its driver receives.
type server struct {
	mu    sync.Mutex
	calls []call
}

// connector returns a driver serving the given rows, or one order if none.
func (s *server) connector(rows ...[]driver.Value) *fakesql.Connector {
	if rows == nil {
		rows = [][]driver.Value{{int64(7), int64(1250)}}
	}
	return &fakesql.Connector{
		Columns: []string{"id", "total_cents"},
		Rows:    rows,
		// Called from several connections at once by concurrent callers.
		OnQuery: func(query string, args []driver.NamedValue) {
			s.mu.Lock()
			defer s.mu.Unlock()
			var values []any
			for _, a := range args {
				values = append(values, a.Value)
			}
			s.calls = append(s.calls, call{query, values})
		},
	}
}

func (s *server) open(t *testing.T) *sql.DB { return openDB(t, s.connector()) }

func openDB(t *testing.T, c *fakesql.Connector) *sql.DB {
	db := sql.OpenDB(c)
	t.Cleanup(func() { db.Close() })
	return db
}

func (s *server) received() []call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.calls)
}

// released fails t if a connection is still checked out of db's pool.
func released(t *testing.T, db *sql.DB) {
	t.Helper()
	if n := db.Stats().InUse; n != 0 {
		t.Fatalf("%d connection(s) still in use after FindOrders returned", n)
	}
}

// region test
func TestTheCustomerIsAnArgumentNotSQL(t *testing.T) {
	var s server
	db := s.open(t)
	customer := "x' OR '1'='1"

	if _, err := FindOrders(t.Context(), db, customer, "date"); err != nil {
		t.Fatal(err)
	}
	got := s.received()
	if len(got) != 1 {
		t.Fatalf("the driver received %d queries; want 1", len(got))
	}
	if strings.Contains(got[0].query, customer) { // [!code highlight]
		t.Fatalf("the driver received %q: the customer's name is part of the SQL", got[0].query)
	}
	if !slices.Equal(got[0].args, []any{customer}) {
		t.Fatalf("arguments = %q; want the customer's name alone", got[0].args)
	}
}

func TestAnUnknownSortKeyRunsNoQuery(t *testing.T) {
	var s server
	db := s.open(t)

	_, err := FindOrders(t.Context(), db, "ada", "total_cents; DROP TABLE orders")
	if got := s.received(); err == nil || len(got) != 0 { // [!code highlight]
		t.Fatalf("FindOrders = %v, and the driver received %q", err, got)
	}
}

// endregion test

func TestEachSortKeyRunsItsFixedQuery(t *testing.T) {
	const where = "SELECT id, total_cents FROM orders WHERE customer = ? ORDER BY "
	for key, order := range map[string]string{
		"":       "created_at, id",
		"date":   "created_at, id",
		"-date":  "created_at DESC, id DESC",
		"total":  "total_cents, id",
		"-total": "total_cents DESC, id DESC",
	} {
		var s server
		if _, err := FindOrders(t.Context(), s.open(t), "ada", key); err != nil {
			t.Fatalf("sort by %q: %v", key, err)
		}
		want := call{where + order, []any{"ada"}}
		if got := s.received(); len(got) != 1 || got[0].query != want.query || !slices.Equal(got[0].args, want.args) {
			t.Errorf("sort by %q: the driver received %q; want %q", key, got, want)
		}
	}
}

func TestEveryNameIsPassedUnchanged(t *testing.T) {
	for _, name := range []string{"", "O'Brien", `back\slash`, "x'; DROP TABLE orders; --", "100%_match", "名前", "nul\x00byte"} {
		var s server
		if _, err := FindOrders(t.Context(), s.open(t), name, "total"); err != nil {
			t.Fatalf("customer %q: %v", name, err)
		}
		got := s.received()
		if len(got) != 1 || !slices.Equal(got[0].args, []any{name}) || strings.Contains(got[0].query, "'") {
			t.Errorf("customer %q: the driver received %q", name, got)
		}
	}
}

func TestTheRowsAreReturned(t *testing.T) {
	var s server
	db := openDB(t, s.connector([]driver.Value{int64(7), int64(1250)}, []driver.Value{int64(9), int64(80)}))
	orders, err := FindOrders(t.Context(), db, "ada", "")
	if err != nil || !slices.Equal(orders, []Order{{7, 1250}, {9, 80}}) {
		t.Fatalf("FindOrders = %v, %v", orders, err)
	}
	released(t, db)
}

func TestARowThatDoesNotScanIsAnError(t *testing.T) {
	var s server
	db := openDB(t, s.connector([]driver.Value{int64(7), int64(1250)}, []driver.Value{int64(9), nil}))
	if orders, err := FindOrders(t.Context(), db, "ada", ""); err == nil {
		t.Fatalf("FindOrders = %v, nil; want the NULL total reported", orders)
	}
	released(t, db)
}

func TestACancelledContextIsAnError(t *testing.T) {
	var s server
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := FindOrders(ctx, s.open(t), "ada", ""); !errors.Is(err, context.Canceled) {
		t.Fatalf("FindOrders = %v; want context.Canceled", err)
	}
}

func TestACancelPartwayIsAnError(t *testing.T) {
	var s server
	c := s.connector([]driver.Value{int64(7), int64(1250)}, []driver.Value{int64(9), int64(80)})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	c.OnRow = func(i int) {
		if i == 1 {
			cancel()
		}
	}
	db := openDB(t, c)
	if orders, err := FindOrders(ctx, db, "ada", ""); !errors.Is(err, context.Canceled) {
		t.Fatalf("FindOrders = %v, %v; want context.Canceled, not the first order alone", orders, err)
	}
	released(t, db)
}

func TestConcurrentCallersKeepTheirOwnArguments(t *testing.T) {
	var s server
	db := s.open(t)
	names := []string{"ada", "grace", "x' OR '1'='1", "O'Brien"}
	var wg sync.WaitGroup
	for _, name := range names {
		for range 4 {
			wg.Go(func() {
				if _, err := FindOrders(t.Context(), db, name, "total"); err != nil {
					t.Error(err)
				}
			})
		}
	}
	wg.Wait()
	counts := map[string]int{}
	for _, c := range s.received() {
		if len(c.args) != 1 {
			t.Fatalf("the driver received %q with arguments %q", c.query, c.args)
		}
		name, ok := c.args[0].(string)
		if !ok {
			t.Fatalf("the driver received %q with a %T argument", c.query, c.args[0])
		}
		counts[name]++
	}
	for _, name := range names {
		if counts[name] != 4 {
			t.Errorf("customer %q sent %d times; want 4", name, counts[name])
		}
	}
}

func TestAnUnknownSortKeyIsErrUnknownSort(t *testing.T) {
	var s server
	if _, err := FindOrders(t.Context(), s.open(t), "ada", "name"); !errors.Is(err, ErrUnknownSort) {
		t.Fatalf("FindOrders = %v; want ErrUnknownSort", err)
	}
}
