//go:build bad

package bad

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// at is not in UTC and has nanoseconds, so a stamp that drops either shows.
var at = time.Date(2026, 12, 7, 10, 30, 0, 123456789, time.FixedZone("CET", 3600))

// region test
func TestLargeIDsKeepEveryDigit(t *testing.T) {
	in := `{"id":9007199254740993,"order":{"ids":[12345678901234567890]}}`
	out, err := Stamp([]byte(in), at)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":9007199254740993,"order":{"ids":[12345678901234567890]},"received_at":"2026-12-07T09:30:00.123456789Z"}`
	if string(out) != want { // [!code highlight]
		t.Errorf("Stamp(%s)\n got %s\nwant %s", in, out, want)
	}
}

// endregion test

func TestOtherNumbersKeepTheirText(t *testing.T) {
	for _, n := range []string{"1e3", "1.5E-7", "1.0", "100000000000000000000000", "1E400", "-0.0e+00", "0.1", "-0", "-42", "0"} {
		out, err := Stamp([]byte(`{"n":`+n+`}`), at)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if !strings.Contains(string(out), `"n":`+n+`,`) && !strings.Contains(string(out), `"n":`+n+`}`) {
			t.Errorf("Stamp({\"n\":%s}) = %s; want the number unchanged", n, out)
		}
	}
}

func TestTheTimeIsAddedAndReplacesAnOldOne(t *testing.T) {
	out, err := Stamp([]byte(`{"received_at":"yesterday","kind":"paid"}`), at)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if got["received_at"] != "2026-12-07T09:30:00.123456789Z" || got["kind"] != "paid" {
		t.Errorf("Stamp = %s", out)
	}
}

func TestAnythingButOneObjectIsAnError(t *testing.T) {
	for _, in := range []string{"", "null", "[]", "1", `"x"`, `{"a":1`, `{"a":1}{"b":2}`, `{"a":1} x`, `{"a":1}]`, `{"a":1}}`, strings.Repeat("[", 20000)} {
		func() {
			defer func() {
				if v := recover(); v != nil {
					t.Errorf("Stamp(%.20q) panicked: %v", in, v)
				}
			}()
			if out, err := Stamp([]byte(in), at); err == nil {
				t.Errorf("Stamp(%.20q) = %s, nil; want an error", in, out)
			}
		}()
	}
}

func TestSpaceAfterTheObjectIsFine(t *testing.T) {
	if _, err := Stamp([]byte("{\"a\":1}\n  \t"), at); err != nil {
		t.Errorf("Stamp with trailing white space = %v", err)
	}
}
