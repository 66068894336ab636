"""Contains all the data models used in inputs/outputs"""

from .access_group_request import AccessGroupRequest
from .access_group_response import AccessGroupResponse
from .access_item_destination_request import AccessItemDestinationRequest
from .access_item_destination_request_type import AccessItemDestinationRequestType
from .access_item_destination_response import AccessItemDestinationResponse
from .access_item_destination_response_type import AccessItemDestinationResponseType
from .access_item_source_request import AccessItemSourceRequest
from .access_item_source_request_type import AccessItemSourceRequestType
from .access_item_source_response import AccessItemSourceResponse
from .add_domains_request import AddDomainsRequest
from .android_request import AndroidRequest
from .android_response import AndroidResponse
from .application_request import ApplicationRequest
from .application_response import ApplicationResponse
from .application_response_network_item_type import ApplicationResponseNetworkItemType
from .application_route_request import ApplicationRouteRequest
from .audit_log_additional_info import AuditLogAdditionalInfo
from .audit_log_field_change import AuditLogFieldChange
from .audit_log_response import AuditLogResponse
from .audit_log_response_initiator_attributes import AuditLogResponseInitiatorAttributes
from .audit_logs_response import AuditLogsResponse
from .auth_credentials import AuthCredentials
from .country_check_request import CountryCheckRequest
from .country_check_response import CountryCheckResponse
from .custom_service_type_request import CustomServiceTypeRequest
from .custom_service_type_request_protocol import CustomServiceTypeRequestProtocol
from .custom_service_type_response import CustomServiceTypeResponse
from .custom_service_type_response_protocol import CustomServiceTypeResponseProtocol
from .default_check_request import DefaultCheckRequest
from .default_check_response import DefaultCheckResponse
from .device_posture_request import DevicePostureRequest
from .device_posture_response import DevicePostureResponse
from .device_request import DeviceRequest
from .device_response import DeviceResponse
from .device_response_connection_status import DeviceResponseConnectionStatus
from .disk_encryption import DiskEncryption
from .disk_encryption_type import DiskEncryptionType
from .dns_record_request import DnsRecordRequest
from .dns_record_response import DnsRecordResponse
from .dns_server_addresses import DnsServerAddresses
from .dns_zone import DnsZone
from .dns_zones import DnsZones
from .domain_and_comment import DomainAndComment
from .domain_route_response import DomainRouteResponse
from .domain_route_response_type import DomainRouteResponseType
from .domain_routing_subnet import DomainRoutingSubnet
from .error_details import ErrorDetails
from .error_details_params import ErrorDetailsParams
from .error_details_params_additional_property import ErrorDetailsParamsAdditionalProperty
from .error_response import ErrorResponse
from .error_response_error_details import ErrorResponseErrorDetails
from .generate_host_connector_bundle_type import GenerateHostConnectorBundleType
from .generate_network_connector_bundle_type import GenerateNetworkConnectorBundleType
from .generic_response_void import GenericResponseVoid
from .group_mapping_record_response import GroupMappingRecordResponse
from .group_mapping_response import GroupMappingResponse
from .host_application_request import HostApplicationRequest
from .host_application_response import HostApplicationResponse
from .host_application_response_network_item_type import HostApplicationResponseNetworkItemType
from .host_application_route_request import HostApplicationRouteRequest
from .host_connector_request import HostConnectorRequest
from .host_connector_response import HostConnectorResponse
from .host_connector_response_connection_status import HostConnectorResponseConnectionStatus
from .host_connector_response_network_item_type import HostConnectorResponseNetworkItemType
from .host_create_request import HostCreateRequest
from .host_create_request_internet_access import HostCreateRequestInternetAccess
from .host_domain_route_response import HostDomainRouteResponse
from .host_domain_route_response_type import HostDomainRouteResponseType
from .host_ip_service_request import HostIpServiceRequest
from .host_ip_service_response import HostIpServiceResponse
from .host_ip_service_response_network_item_type import HostIpServiceResponseNetworkItemType
from .host_response import HostResponse
from .host_response_internet_access import HostResponseInternetAccess
from .host_update_request import HostUpdateRequest
from .host_update_request_internet_access import HostUpdateRequestInternetAccess
from .ike_dead_peer_detection import IkeDeadPeerDetection
from .ike_dead_peer_detection_dead_peer_handling import IkeDeadPeerDetectionDeadPeerHandling
from .ike_phase import IkePhase
from .ike_protocol import IkeProtocol
from .ike_protocol_protocol_version import IkeProtocolProtocolVersion
from .ike_protocol_startup_action import IkeProtocolStartupAction
from .ike_rekey import IkeRekey
from .ios_request import IOSRequest
from .ios_response import IOSResponse
from .ip_check_request import IpCheckRequest
from .ip_check_response import IpCheckResponse
from .ip_request import IpRequest
from .ip_response import IpResponse
from .ip_route_response import IpRouteResponse
from .ip_route_response_type import IpRouteResponseType
from .ip_sec_config_request import IpSecConfigRequest
from .ip_sec_config_response import IpSecConfigResponse
from .ip_service_response import IpServiceResponse
from .ip_service_response_network_item_type import IpServiceResponseNetworkItemType
from .ip_service_response_type import IpServiceResponseType
from .linux_request import LinuxRequest
from .linux_response import LinuxResponse
from .location_context_request import LocationContextRequest
from .location_context_response import LocationContextResponse
from .mac_os_request import MacOSRequest
from .mac_os_response import MacOSResponse
from .network_application_request import NetworkApplicationRequest
from .network_application_response import NetworkApplicationResponse
from .network_application_response_network_item_type import NetworkApplicationResponseNetworkItemType
from .network_application_route_request import NetworkApplicationRouteRequest
from .network_connector_request import NetworkConnectorRequest
from .network_connector_response import NetworkConnectorResponse
from .network_create_request import NetworkCreateRequest
from .network_create_request_internet_access import NetworkCreateRequestInternetAccess
from .network_domain_route_response import NetworkDomainRouteResponse
from .network_domain_route_response_type import NetworkDomainRouteResponseType
from .network_ip_service_request import NetworkIpServiceRequest
from .network_ip_service_request_type import NetworkIpServiceRequestType
from .network_ip_service_response import NetworkIpServiceResponse
from .network_ip_service_response_network_item_type import NetworkIpServiceResponseNetworkItemType
from .network_ip_service_response_type import NetworkIpServiceResponseType
from .network_response import NetworkResponse
from .network_route_request import NetworkRouteRequest
from .network_route_response import NetworkRouteResponse
from .network_route_response_type import NetworkRouteResponseType
from .network_update_request import NetworkUpdateRequest
from .network_update_request_internet_access import NetworkUpdateRequestInternetAccess
from .network_update_request_tunneling_protocol import NetworkUpdateRequestTunnelingProtocol
from .o_auth_response import OAuthResponse
from .page_access_group_response import PageAccessGroupResponse
from .page_application_response import PageApplicationResponse
from .page_device_posture_response import PageDevicePostureResponse
from .page_device_response import PageDeviceResponse
from .page_dns_record_response import PageDnsRecordResponse
from .page_host_application_response import PageHostApplicationResponse
from .page_host_connector_response import PageHostConnectorResponse
from .page_host_ip_service_response import PageHostIpServiceResponse
from .page_host_response import PageHostResponse
from .page_ip_service_response import PageIpServiceResponse
from .page_location_context_response import PageLocationContextResponse
from .page_network_application_response import PageNetworkApplicationResponse
from .page_network_connector_response import PageNetworkConnectorResponse
from .page_network_ip_service_response import PageNetworkIpServiceResponse
from .page_network_response import PageNetworkResponse
from .page_network_route_response import PageNetworkRouteResponse
from .page_user_dns_resolution_response import PageUserDnsResolutionResponse
from .page_user_group_response import PageUserGroupResponse
from .page_user_response import PageUserResponse
from .platform_response import PlatformResponse
from .range_integer import RangeInteger
from .remove_access_group_destination_type import RemoveAccessGroupDestinationType
from .remove_access_group_source_type import RemoveAccessGroupSourceType
from .remove_domains_request import RemoveDomainsRequest
from .service_config_request import ServiceConfigRequest
from .service_config_response import ServiceConfigResponse
from .service_request import ServiceRequest
from .service_request_type import ServiceRequestType
from .service_route_request import ServiceRouteRequest
from .session_response import SessionResponse
from .sessions_response import SessionsResponse
from .set_default_connect_auth_body import SetDefaultConnectAuthBody
from .set_device_enforcement_body import SetDeviceEnforcementBody
from .set_ip_allocation_mode_body import SetIpAllocationModeBody
from .set_profile_distribution_body import SetProfileDistributionBody
from .set_topology_body import SetTopologyBody
from .subnet import Subnet
from .tunnel_bypass_request import TunnelBypassRequest
from .tunnel_bypass_response import TunnelBypassResponse
from .user_create_request import UserCreateRequest
from .user_create_request_role import UserCreateRequestRole
from .user_dns_resolution_response import UserDnsResolutionResponse
from .user_group_request import UserGroupRequest
from .user_group_request_connect_auth import UserGroupRequestConnectAuth
from .user_group_request_internet_access import UserGroupRequestInternetAccess
from .user_group_response import UserGroupResponse
from .user_group_response_connect_auth import UserGroupResponseConnectAuth
from .user_group_response_internet_access import UserGroupResponseInternetAccess
from .user_response import UserResponse
from .user_response_auth_type import UserResponseAuthType
from .user_response_connection_status import UserResponseConnectionStatus
from .user_response_role import UserResponseRole
from .user_response_status import UserResponseStatus
from .user_update_request import UserUpdateRequest
from .user_update_request_role import UserUpdateRequestRole
from .user_update_request_status import UserUpdateRequestStatus
from .version_policy import VersionPolicy
from .version_policy_condition import VersionPolicyCondition
from .vpn_region_response import VpnRegionResponse
from .windows_request import WindowsRequest
from .windows_response import WindowsResponse

__all__ = (
    "AccessGroupRequest",
    "AccessGroupResponse",
    "AccessItemDestinationRequest",
    "AccessItemDestinationRequestType",
    "AccessItemDestinationResponse",
    "AccessItemDestinationResponseType",
    "AccessItemSourceRequest",
    "AccessItemSourceRequestType",
    "AccessItemSourceResponse",
    "AddDomainsRequest",
    "AndroidRequest",
    "AndroidResponse",
    "ApplicationRequest",
    "ApplicationResponse",
    "ApplicationResponseNetworkItemType",
    "ApplicationRouteRequest",
    "AuditLogAdditionalInfo",
    "AuditLogFieldChange",
    "AuditLogResponse",
    "AuditLogResponseInitiatorAttributes",
    "AuditLogsResponse",
    "AuthCredentials",
    "CountryCheckRequest",
    "CountryCheckResponse",
    "CustomServiceTypeRequest",
    "CustomServiceTypeRequestProtocol",
    "CustomServiceTypeResponse",
    "CustomServiceTypeResponseProtocol",
    "DefaultCheckRequest",
    "DefaultCheckResponse",
    "DevicePostureRequest",
    "DevicePostureResponse",
    "DeviceRequest",
    "DeviceResponse",
    "DeviceResponseConnectionStatus",
    "DiskEncryption",
    "DiskEncryptionType",
    "DnsRecordRequest",
    "DnsRecordResponse",
    "DnsServerAddresses",
    "DnsZone",
    "DnsZones",
    "DomainAndComment",
    "DomainRouteResponse",
    "DomainRouteResponseType",
    "DomainRoutingSubnet",
    "ErrorDetails",
    "ErrorDetailsParams",
    "ErrorDetailsParamsAdditionalProperty",
    "ErrorResponse",
    "ErrorResponseErrorDetails",
    "GenerateHostConnectorBundleType",
    "GenerateNetworkConnectorBundleType",
    "GenericResponseVoid",
    "GroupMappingRecordResponse",
    "GroupMappingResponse",
    "HostApplicationRequest",
    "HostApplicationResponse",
    "HostApplicationResponseNetworkItemType",
    "HostApplicationRouteRequest",
    "HostConnectorRequest",
    "HostConnectorResponse",
    "HostConnectorResponseConnectionStatus",
    "HostConnectorResponseNetworkItemType",
    "HostCreateRequest",
    "HostCreateRequestInternetAccess",
    "HostDomainRouteResponse",
    "HostDomainRouteResponseType",
    "HostIpServiceRequest",
    "HostIpServiceResponse",
    "HostIpServiceResponseNetworkItemType",
    "HostResponse",
    "HostResponseInternetAccess",
    "HostUpdateRequest",
    "HostUpdateRequestInternetAccess",
    "IkeDeadPeerDetection",
    "IkeDeadPeerDetectionDeadPeerHandling",
    "IkePhase",
    "IkeProtocol",
    "IkeProtocolProtocolVersion",
    "IkeProtocolStartupAction",
    "IkeRekey",
    "IOSRequest",
    "IOSResponse",
    "IpCheckRequest",
    "IpCheckResponse",
    "IpRequest",
    "IpResponse",
    "IpRouteResponse",
    "IpRouteResponseType",
    "IpSecConfigRequest",
    "IpSecConfigResponse",
    "IpServiceResponse",
    "IpServiceResponseNetworkItemType",
    "IpServiceResponseType",
    "LinuxRequest",
    "LinuxResponse",
    "LocationContextRequest",
    "LocationContextResponse",
    "MacOSRequest",
    "MacOSResponse",
    "NetworkApplicationRequest",
    "NetworkApplicationResponse",
    "NetworkApplicationResponseNetworkItemType",
    "NetworkApplicationRouteRequest",
    "NetworkConnectorRequest",
    "NetworkConnectorResponse",
    "NetworkCreateRequest",
    "NetworkCreateRequestInternetAccess",
    "NetworkDomainRouteResponse",
    "NetworkDomainRouteResponseType",
    "NetworkIpServiceRequest",
    "NetworkIpServiceRequestType",
    "NetworkIpServiceResponse",
    "NetworkIpServiceResponseNetworkItemType",
    "NetworkIpServiceResponseType",
    "NetworkResponse",
    "NetworkRouteRequest",
    "NetworkRouteResponse",
    "NetworkRouteResponseType",
    "NetworkUpdateRequest",
    "NetworkUpdateRequestInternetAccess",
    "NetworkUpdateRequestTunnelingProtocol",
    "OAuthResponse",
    "PageAccessGroupResponse",
    "PageApplicationResponse",
    "PageDevicePostureResponse",
    "PageDeviceResponse",
    "PageDnsRecordResponse",
    "PageHostApplicationResponse",
    "PageHostConnectorResponse",
    "PageHostIpServiceResponse",
    "PageHostResponse",
    "PageIpServiceResponse",
    "PageLocationContextResponse",
    "PageNetworkApplicationResponse",
    "PageNetworkConnectorResponse",
    "PageNetworkIpServiceResponse",
    "PageNetworkResponse",
    "PageNetworkRouteResponse",
    "PageUserDnsResolutionResponse",
    "PageUserGroupResponse",
    "PageUserResponse",
    "PlatformResponse",
    "RangeInteger",
    "RemoveAccessGroupDestinationType",
    "RemoveAccessGroupSourceType",
    "RemoveDomainsRequest",
    "ServiceConfigRequest",
    "ServiceConfigResponse",
    "ServiceRequest",
    "ServiceRequestType",
    "ServiceRouteRequest",
    "SessionResponse",
    "SessionsResponse",
    "SetDefaultConnectAuthBody",
    "SetDeviceEnforcementBody",
    "SetIpAllocationModeBody",
    "SetProfileDistributionBody",
    "SetTopologyBody",
    "Subnet",
    "TunnelBypassRequest",
    "TunnelBypassResponse",
    "UserCreateRequest",
    "UserCreateRequestRole",
    "UserDnsResolutionResponse",
    "UserGroupRequest",
    "UserGroupRequestConnectAuth",
    "UserGroupRequestInternetAccess",
    "UserGroupResponse",
    "UserGroupResponseConnectAuth",
    "UserGroupResponseInternetAccess",
    "UserResponse",
    "UserResponseAuthType",
    "UserResponseConnectionStatus",
    "UserResponseRole",
    "UserResponseStatus",
    "UserUpdateRequest",
    "UserUpdateRequestRole",
    "UserUpdateRequestStatus",
    "VersionPolicy",
    "VersionPolicyCondition",
    "VpnRegionResponse",
    "WindowsRequest",
    "WindowsResponse",
)
