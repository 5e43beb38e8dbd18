//go:build go1.24

package grpcservice_test

import (
	"context"
	"errors"
	"io"
	"net"
	"slices"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"fieldguide.dev/examples/internal/leakcheck"
	grpcservice "fieldguide.dev/examples/patterns/grpc-service"
)

// region bufconn

// startServer serves the Users service on an in-memory listener and
// returns a client connected to it. Cleanup stops both.
func startServer(t *testing.T, store grpcservice.Store) *grpcservice.UsersClient {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer()
	grpcservice.RegisterUsersServer(srv, grpcservice.NewServer(store))
	served := make(chan error, 1)
	go func() { served <- srv.Serve(lis) }()

	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) {
			return lis.DialContext(ctx)
		}),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn.Close()
		srv.Stop()
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return grpcservice.NewUsersClient(conn)
}

// endregion bufconn

// region get-test

func TestGetUser(t *testing.T) {
	leakcheck.Check(t)
	client := startServer(t, grpcservice.MapStore{"1": "Ada"})

	got, err := client.GetUser(t.Context(), wrapperspb.String("1"))
	if err != nil || got.GetValue() != "Ada" {
		t.Errorf("GetUser(1) = %v, %v; want Ada", got, err)
	}
	for id, want := range map[string]codes.Code{"2": codes.NotFound, "": codes.InvalidArgument} {
		if _, err := client.GetUser(t.Context(), wrapperspb.String(id)); status.Code(err) != want {
			t.Errorf("GetUser(%q): %v, want code %v", id, err, want)
		}
	}
}

// endregion get-test

func TestListUsersStreamsAll(t *testing.T) {
	leakcheck.Check(t)
	client := startServer(t, grpcservice.MapStore{"1": "Ada", "2": "Grace", "3": "Ken"})

	stream, err := client.ListUsers(t.Context(), &emptypb.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for {
		msg, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, msg.GetValue())
	}
	if want := []string{"Ada", "Grace", "Ken"}; !slices.Equal(names, want) {
		t.Errorf("ListUsers = %v, want %v", names, want)
	}
}

func TestDialDoesNotConnect(t *testing.T) {
	conn, err := grpcservice.Dial("dns:///users.invalid:443")
	if err != nil {
		t.Fatalf("NewClient connects lazily and should not fail here: %v", err)
	}
	conn.Close()
}

func TestNewServerRefusesNilStore(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("NewServer(nil) returned a Server whose first call would panic")
		}
	}()
	grpcservice.NewServer(nil)
}
