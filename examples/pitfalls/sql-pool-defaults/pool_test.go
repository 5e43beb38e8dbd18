package pool

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"fieldguide.dev/examples/internal/fakesql"
)

// dbLimit is how many connections the database allows this process.
const dbLimit = 10

// server is a database whose queries each take 50ms.
func server() *fakesql.Connector {
	return &fakesql.Connector{
		Columns: []string{"id"},
		Rows:    [][]driver.Value{{int64(1)}},
		Delay:   50 * time.Millisecond,
	}
}

func query(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, "SELECT id FROM jobs")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
	}
	return rows.Err()
}

// burst runs n queries at once and waits for them all.
func burst(t *testing.T, db *sql.DB, n int) {
	t.Helper()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			if err := query(t.Context(), db); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

// region test
func TestABurstStaysWithinTheDatabaseLimit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := server()
		db := Open(c)
		defer db.Close()

		burst(t, db, 50)
		if c.Peak() > dbLimit { // [!code highlight]
			t.Errorf("%d connections open at once; the database allows %d", c.Peak(), dbLimit)
		}
	})
}

func TestBurstsReuseTheirConnections(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := server()
		db := Open(c)
		defer db.Close()

		for range 3 {
			burst(t, db, dbLimit)
			time.Sleep(time.Second)
		}
		if c.Total() > dbLimit { // [!code highlight]
			t.Errorf("3 bursts of %d queries opened %d connections", dbLimit, c.Total())
		}
	})
}

// endregion test

func TestIdleConnectionsCloseOnceItIsQuiet(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := server()
		db := Open(c)
		defer db.Close()

		burst(t, db, dbLimit)
		time.Sleep(11 * time.Minute)
		if n := c.Open(); n != 0 {
			t.Errorf("%d connections still open after 11 quiet minutes", n)
		}
	})
}

func TestABusyConnectionIsReplacedInTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := server()
		db := Open(c)
		defer db.Close()

		for range 61 {
			if err := query(t.Context(), db); err != nil {
				t.Fatal(err)
			}
			time.Sleep(time.Minute)
		}
		if n := db.Stats().MaxLifetimeClosed; n < 2 {
			t.Errorf("one query a minute for an hour: %d connection(s) retired for age; want one every 30 minutes", n)
		}
	})
}

func TestACallerWaitingForAConnectionGivesUpWithItsContext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := server()
		db := Open(c)
		defer db.Close()

		var held []*sql.Conn
		for range dbLimit {
			conn, err := db.Conn(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			held = append(held, conn)
		}
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		if err := query(ctx, db); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("query with every connection taken = %v; want it to wait and give up", err)
		}
		if w := db.Stats().WaitCount; w != 1 {
			t.Errorf("Stats().WaitCount = %d; want 1", w)
		}

		held[0].Close()
		if err := query(t.Context(), db); err != nil {
			t.Fatalf("query after a connection was released = %v", err)
		}
		for _, conn := range held[1:] {
			conn.Close()
		}
		if c.Peak() > dbLimit {
			t.Errorf("%d connections open at once; the database allows %d", c.Peak(), dbLimit)
		}
	})
}

func TestACancelledCallerOpensNoConnection(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := server()
		db := Open(c)
		defer db.Close()

		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if err := query(ctx, db); !errors.Is(err, context.Canceled) {
			t.Fatalf("query = %v; want context.Canceled", err)
		}
		if c.Total() != 0 {
			t.Errorf("a cancelled query opened %d connection(s)", c.Total())
		}
	})
}
