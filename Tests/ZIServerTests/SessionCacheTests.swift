import Foundation
import XCTest
import ZICore
@testable import ZIServer

/// The per-instance session cache: freshness, expiry and invalidation.
final class SessionCacheTests: XCTestCase {
    private func current(user: UUID = UUID(), session: UUID = UUID(), expiresIn: TimeInterval = 3600) -> CurrentUser {
        let now = Date()
        let user = UserDTO(id: user, username: "budi", displayName: "Budi", email: nil, isActive: true, instansiID: nil)
        return CurrentUser(
            user: user, sessionID: session, csrfToken: "t", expiresAt: now.addingTimeInterval(expiresIn),
            grants: [RoleGrant(role: .pegawai, scope: .unit(UUID(), area: nil))])
    }

    func testEntriesExpireAfterTheTTLOrWithTheirSession() {
        let cache = SessionCache(ttl: 5)
        let start = Date()
        cache.put("a", current(), now: start)
        XCTAssertNotNil(cache.get("a", now: start.addingTimeInterval(4)))
        XCTAssertNil(cache.get("a", now: start.addingTimeInterval(5)))
        cache.put("b", current(expiresIn: 1), now: start)
        XCTAssertNil(cache.get("b", now: start.addingTimeInterval(2)), "an expired session is never served")
    }

    func testInvalidationByUserAndBySession() {
        let cache = SessionCache(ttl: 60)
        let user = UUID(), session = UUID()
        cache.put("a", current(user: user))
        cache.put("b", current(user: user))
        cache.put("c", current(session: session))
        cache.invalidate(userID: user)
        XCTAssertNil(cache.get("a"))
        XCTAssertNil(cache.get("b"))
        XCTAssertNotNil(cache.get("c"))
        cache.invalidate(sessionID: session)
        XCTAssertNil(cache.get("c"))
    }

    func testZeroTTLTurnsTheCacheOffAndCapacityIsBounded() {
        let off = SessionCache(ttl: 0)
        off.put("a", current())
        XCTAssertNil(off.get("a"))
        let small = SessionCache(ttl: 60, capacity: 2)
        small.put("a", current())
        small.put("b", current())
        small.put("c", current())
        XCTAssertNotNil(small.get("c"))
        XCTAssertNil(small.get("a"), "a full cache is emptied rather than grown")
    }
}
